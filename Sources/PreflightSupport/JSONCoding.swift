import Foundation

/// The package's one JSON encoder set-up: keys sorted (stable output, stable hashes), slashes unescaped,
/// and non-finite numbers written as the strings `inf`, `-inf` and `nan` instead of failing.
package enum JSONCoding {
    /// A new encoder in the house style; `pretty` indents it for people.
    package static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// A decoder that reads what ``encoder(pretty:)`` writes, the strings for non-finite numbers included.
    package static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    /// `value` as one line of JSON text, or `null` if it cannot be encoded.
    package static func line<Value: Encodable>(_ value: Value) -> String {
        guard let data = try? encoder().encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
