import Foundation
import PhotoPreflight
import TestSupport
import Testing

/// Every good fixture, cut short anywhere, fails cleanly as corrupt and never crashes.
struct TruncationTests {
    static let goodFixtures = [
        "pass/portrait.jpg", "pass/progressive.jpg", "pass/arithmetic.jpg", "pass/restart-markers.jpg",
        "pass/cmyk.jpg", "pass/grayscale.jpg", "pass/portrait.png", "pass/rgb16-interlaced.png",
        "pass/palette-trns.png", "pass/gray4-interlaced.png", "pass/exif-orientation-6.jpg",
    ]

    @Test(arguments: goodFixtures)
    func truncatedCopiesAreCorrupt(fixture: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes(fixture)
        let preflight = Preflight()
        // 40 cut points spread over the file, plus the last few bytes (a missing EOI or IEND).
        var lengths = Set((1..<40).map { bytes.count * $0 / 40 })
        lengths.formUnion([bytes.count - 1, bytes.count - 2, bytes.count - 4, 16])
        for length in lengths.sorted() where length >= 16 {
            let report = preflight.check(bytes: Array(bytes.prefix(length)), name: fixture)
            #expect(report.verdict == .fail, "\(fixture) cut at \(length) of \(bytes.count) passed")
            #expect(report.has("corrupt"), "\(fixture) cut at \(length): \(report.findings.map(\.message))")
        }
    }

    @Test func untruncatedFixturesPass() throws {
        for fixture in Self.goodFixtures {
            let report = Preflight().check(bytes: try RepositoryPaths.fixtureBytes(fixture), name: fixture)
            #expect(report.verdict == .pass, "\(fixture): \(report.findings.map(\.message))")
        }
    }

    @Test func randomDamageNeverCrashes() throws {
        try Self.damageRandomly(Self.goodFixtures, seed: 42, copies: 15)
    }

    /// Checks `copies` copies of each fixture with 8 random bytes overwritten: each gets a clean report.
    static func damageRandomly(_ fixtures: [String], seed: UInt64, copies: Int) throws {
        var generator = SeededGenerator(seed: seed)
        for fixture in fixtures {
            let original = try RepositoryPaths.fixtureBytes(fixture)
            for _ in 0..<copies {
                var bytes = original
                for _ in 0..<8 {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
                let report = Preflight().check(bytes: bytes, name: fixture)
                // Damage may go unnoticed in pixel data; what matters is a clean report.
                #expect(report.bytes == bytes.count)
            }
        }
    }
}

/// A small deterministic random generator (SplitMix64) for repeatable damage.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
