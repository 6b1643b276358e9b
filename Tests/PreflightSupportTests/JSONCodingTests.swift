import Foundation
import PreflightSupport
import Testing

struct JSONCodingTests {
    struct Sample: Encodable {
        var zebra = 1
        var path = "a/b.jpg"
        var ratio = Double.infinity
    }

    @Test func oneLineSortsKeysKeepsSlashesAndSpellsNonFiniteNumbers() {
        #expect(JSONCoding.line(Sample()) == #"{"path":"a/b.jpg","ratio":"inf","zebra":1}"#)
    }

    @Test func prettyOutputIsIndentedAndStillSorted() throws {
        let text = String(decoding: try JSONCoding.encoder(pretty: true).encode(Sample()), as: UTF8.self)
        #expect(text.contains("\n  \"path\" : \"a/b.jpg\",\n"))
        #expect(text.range(of: "path")!.lowerBound < text.range(of: "zebra")!.lowerBound)
    }

    struct Numbers: Codable, Equatable {
        var values: [Double]
    }

    @Test func decoderReadsWhatTheEncoderWritesNonFiniteNumbersIncluded() throws {
        let numbers = Numbers(values: [1.5, .infinity, -.infinity])
        let decoded = try JSONCoding.decoder().decode(Numbers.self, from: JSONCoding.encoder().encode(numbers))
        #expect(decoded == numbers)
        let nan = try JSONCoding.decoder().decode(Numbers.self, from: Data(#"{"values":["nan"]}"#.utf8))
        #expect(nan.values.first?.isNaN == true)
    }
}
