import Foundation

/// One part of a `multipart/form-data` body.
struct MultipartPart {
    var name: String?
    var fileName: String?
    var contentType: String?
    var body: ArraySlice<UInt8>
}

/// Splits a `multipart/form-data` body (RFC 7578); nil when the boundary is missing or the body malformed.
enum Multipart {
    static func parse(_ body: [UInt8], contentType: String) -> [MultipartPart]? {
        guard let range = contentType.range(of: "boundary=") else { return nil }
        let boundary =
            contentType[range.upperBound...].split(separator: ";").first
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) } ?? ""
        guard !boundary.isEmpty else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [MultipartPart] = []
        var cursor = body.firstRange(of: delimiter)?.upperBound
        while let start = cursor {
            guard let end = body[start...].firstRange(of: Array("\r\n".utf8) + delimiter) else { break }
            let section = body[start..<end.lowerBound]
            cursor = end.upperBound
            guard let headerEnd = section.firstRange(of: Array("\r\n\r\n".utf8)) else { continue }
            let headerText = String(decoding: section[section.startIndex..<headerEnd.lowerBound], as: UTF8.self)
            var part = MultipartPart(body: section[headerEnd.upperBound...])
            for line in headerText.split(separator: "\r\n") {
                let lower = line.lowercased()
                if lower.hasPrefix("content-disposition:") {
                    part.name = parameter("name", in: String(line))
                    part.fileName = parameter("filename", in: String(line))
                } else if lower.hasPrefix("content-type:") {
                    part.contentType = line.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(
                        in: .whitespaces)
                }
            }
            parts.append(part)
        }
        return parts
    }

    private static func parameter(_ name: String, in line: String) -> String? {
        guard let range = line.range(of: "; \(name)=\"") else { return nil }
        let rest = line[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
