import Foundation

/// Reads binary 8-bit PGM (P5) files: the test-only stand-in for the core's decoder.
enum PGMReader {
    struct FormatError: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses a P5 file with maxval 255.
    static func read(_ url: URL, scaleToOriginal: Double) throws -> WorkingImage {
        let bytes = [UInt8](try Data(contentsOf: url))
        guard bytes.starts(with: Array("P5".utf8)) else { throw FormatError(description: "\(url.path): not P5") }
        var position = 2
        var fields: [Int] = []
        while fields.count < 3 {
            skipWhitespaceAndComments(bytes, &position)
            var value = 0
            var digits = 0
            while position < bytes.count, let digit = digitValue(bytes[position]) {
                value = value * 10 + digit
                digits += 1
                position += 1
            }
            guard digits > 0 else { throw FormatError(description: "\(url.path): bad header") }
            fields.append(value)
        }
        position += 1  // the single whitespace byte after maxval
        let (width, height, maxValue) = (fields[0], fields[1], fields[2])
        guard maxValue == 255, width > 0, height > 0, bytes.count - position == width * height else {
            throw FormatError(description: "\(url.path): unsupported PGM \(width)×\(height) max \(maxValue)")
        }
        return WorkingImage(
            width: width, height: height, pixels: Array(bytes[position...]), scaleToOriginal: scaleToOriginal)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        (48...57).contains(byte) ? Int(byte - 48) : nil
    }

    private static func skipWhitespaceAndComments(_ bytes: [UInt8], _ position: inout Int) {
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else if [9, 10, 13, 32].contains(bytes[position]) {
                position += 1
            } else {
                return
            }
        }
    }
}
