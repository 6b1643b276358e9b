import HeyGen

extension UploadReport {
    /// The text form of the report: one line per photo, then the group, talking photo, training,
    /// possible orphans and a count.
    public var textLines: [String] {
        var lines = photos.map { photo in
            switch photo.outcome {
            case .uploaded: "uploaded  \(photo.file)  \(photo.asset ?? "-")  look \(photo.lookID ?? "-")"
            case .duplicate: "duplicate \(photo.file)  \(photo.reason ?? "")"
            case .rejected: "rejected  \(photo.file)  \(photo.reason ?? "")"
            case .failed: "failed    \(photo.file)  \(photo.reason ?? "")"
            }
        }
        lines.append("group: \(groupName) \(groupID ?? "(not created)")")
        if let talkingPhotoID { lines.append("talking_photo_id: \(talkingPhotoID)") }
        if let training { lines.append("training: \(training)") }
        if possibleOrphanAssets > 0 {
            lines.append("possible orphaned assets on HeyGen: \(possibleOrphanAssets) (re-sent after a lost answer)")
        }
        let uploaded = photos.filter { $0.outcome == .uploaded }.count
        lines.append("\(uploaded) of \(photos.count) photos uploaded")
        return lines
    }
}
