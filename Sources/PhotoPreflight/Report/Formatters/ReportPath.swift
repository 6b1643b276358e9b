/// Paths as machine formats want them: relative to the working folder without a leading `./`.
enum ReportPath {
    /// `path` without leading `./` segments (`./photos/a.jpg` → `photos/a.jpg`).
    static func normalized(_ path: String) -> String {
        var result = Substring(path)
        while result.hasPrefix("./") {
            result = result.dropFirst(2).drop { $0 == "/" }
        }
        return String(result)
    }
}
