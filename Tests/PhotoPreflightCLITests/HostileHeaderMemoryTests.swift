import Foundation
import TestSupport
import Testing

/// Files whose headers ask for absurd amounts of memory are refused from the header, before any pixel
/// memory is allocated: `check` runs in a child process whose address space is capped (`ulimit -v`) far below
/// what decoding them would take, and must still report each one as a clear per-file error.
///
/// Not under scripts/test-sanitized: AddressSanitizer reserves terabytes of address space for its shadow
/// memory, so no `ulimit -v` ceiling can apply to a sanitized binary (that script sets PPF_SANITIZED).
@Suite(
    .disabled(
        if: ProcessInfo.processInfo.environment["PPF_SANITIZED"] != nil,
        "an address-space ceiling cannot apply under AddressSanitizer"))
struct HostileHeaderMemoryTests {
    /// The child's address-space ceiling: enough for the tool and a normal photo (checked below), a fraction
    /// of the 4–34 GB the hostile headers declare, and under the 100 MP default limit's RGB buffer (300 MB)
    /// plus the tool itself, so a decoder that allocated before checking would fail.
    static let ceilingKiB = 1_200_000

    /// Runs `check --format json --no-face-check` on `files` under the ceiling.
    static func checkUnderCeiling(_ files: [URL]) throws -> (status: Int32, files: [[String: Any]], stderr: String) {
        let script = "ulimit -v \(ceilingKiB) && exec \"$0\" \"$@\""
        let arguments = ["-c", script, try CLIRunner.binary.path, "check", "--format", "json", "--no-face-check"]
        let result = try CommandRunner.run(
            URL(fileURLWithPath: "/bin/sh"), arguments + files.map(\.path), environment: ["MALLOC_ARENA_MAX": "2"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, json?["files"] as? [[String: Any]] ?? [], result.stderr)
    }

    /// The first finding of a file in the JSON report: its rule and message.
    static func firstFinding(_ file: [String: Any]) -> (rule: String, message: String)? {
        guard let finding = (file["findings"] as? [[String: Any]])?.first else { return nil }
        return (finding["rule"] as? String ?? "", finding["message"] as? String ?? "")
    }

    @Test func aNormalPhotoIsCheckedUnderTheCeiling() throws {
        let run = try Self.checkUnderCeiling([RepositoryPaths.fixture("pass/portrait.jpg")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.files.first?["verdict"] as? String == "pass")
    }

    @Test func hostileHeadersAreRefusedBeforeAllocating() throws {
        let folder = try RepositoryPaths.temporaryFolder("hostile-headers")
        defer { try? FileManager.default.removeItem(at: folder) }
        let jpeg = try RepositoryPaths.fixtureBytes("pass/portrait.jpg")
        let cases: [(name: String, bytes: [UInt8], rule: String, says: String)] = [
            ("huge.jpg", try HostileJPEG.with(jpeg, width: 65_500, height: 65_500), "too-many-pixels", "65500×65500"),
            ("twelve-bit.jpg", try HostileJPEG.with(jpeg, precision: 12), "format", "unsupported JPEG variant"),
            ("two-components.jpg", try HostileJPEG.withTwoComponents(jpeg), "corrupt", "component"),
            (
                "huge-16-bit.png", HostilePNG.file(width: 65_535, height: 65_535, bitDepth: 16, colorType: 6),
                "too-many-pixels", "65535×65535"
            ),
            (
                "2gb-text-chunk.png",
                HostilePNG.file(width: 64, height: 64, bitDepth: 8, colorType: 0, declaringTextChunkOf: 2_000_000_000),
                "corrupt", "truncated"
            ),
        ]
        var files: [URL] = []
        for hostile in cases {
            let url = folder.appendingPathComponent(hostile.name)
            try Data(hostile.bytes).write(to: url)
            files.append(url)
        }
        let run = try Self.checkUnderCeiling(files)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("cannot allocate"), "\(run.stderr)")
        #expect(run.files.count == cases.count)
        for (hostile, file) in zip(cases, run.files) {
            let finding = Self.firstFinding(file)
            #expect(file["verdict"] as? String == "fail", "\(hostile.name)")
            #expect(finding?.rule == hostile.rule, "\(hostile.name): \(String(describing: finding))")
            #expect(finding?.message.contains(hostile.says) == true, "\(hostile.name): \(String(describing: finding))")
            #expect(finding?.message.contains("cannot allocate") == false, "\(hostile.name) was allocated for")
        }
    }
}

/// A real JPEG with its frame header (SOF) rewritten.
enum HostileJPEG {
    struct NoFrameHeader: Error {}

    /// The offset of the SOF segment's marker (FF C0–C2) in `bytes`.
    static func frameHeader(in bytes: [UInt8]) throws -> Int {
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if (0xC0...0xC2).contains(marker) { return offset }
            offset += 2 + Int(bytes[offset + 2]) << 8 + Int(bytes[offset + 3])
        }
        throw NoFrameHeader()
    }

    /// The JPEG declaring `width` × `height` and a sample `precision` (its scan data unchanged).
    static func with(_ bytes: [UInt8], width: Int? = nil, height: Int? = nil, precision: Int? = nil) throws -> [UInt8] {
        var bytes = bytes
        let sof = try frameHeader(in: bytes)
        if let precision { bytes[sof + 4] = UInt8(precision) }
        if let height { (bytes[sof + 5], bytes[sof + 6]) = (UInt8(height >> 8), UInt8(height & 0xFF)) }
        if let width { (bytes[sof + 7], bytes[sof + 8]) = (UInt8(width >> 8), UInt8(width & 0xFF)) }
        return bytes
    }

    /// The JPEG with a frame of two components where the scans expect three.
    static func withTwoComponents(_ bytes: [UInt8]) throws -> [UInt8] {
        var bytes = bytes
        let sof = try frameHeader(in: bytes)
        precondition(bytes[sof + 9] == 3, "the fixture is a three-component JPEG")
        bytes[sof + 9] = 2
        bytes[sof + 3] -= 3
        bytes.removeSubrange((sof + 16)..<(sof + 19))
        return bytes
    }
}

/// A PNG of one IHDR, a tiny IDAT and IEND, with correct CRCs; optionally a tEXt chunk declaring far more
/// bytes than follow it.
enum HostilePNG {
    static func file(
        width: UInt32, height: UInt32, bitDepth: UInt8, colorType: UInt8, declaringTextChunkOf declared: UInt32? = nil
    ) -> [UInt8] {
        func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        func chunk(_ kind: String, _ body: [UInt8]) -> [UInt8] {
            let typed = Array(kind.utf8) + body
            return bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed))
        }
        let ihdr = bigEndian(width) + bigEndian(height) + [bitDepth, colorType, 0, 0, 0]
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if let declared { return signature + chunk("IHDR", ihdr) + bigEndian(declared) + Array("tEXtComment\0".utf8) }
        let idat: [UInt8] = [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]  // zlib of one 0 byte
        return signature + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", [])
    }

    /// CRC-32 as PNG (and zlib) define it.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
