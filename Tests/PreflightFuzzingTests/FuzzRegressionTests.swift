import Foundation
import PreflightFuzzing
import TestSupport
import Testing

/// Replays every input the fuzzer ever found (Fixtures/fuzz/TARGET/*) through its target, uninstrumented:
/// a finding that comes back crashes this test run. scripts/fuzz finds them; docs/fuzzing.md lists them.
@Suite struct FuzzRegressionTests {
    static let folder = RepositoryPaths.fixture("fuzz")

    /// The kept findings, as (target folder, file) pairs.
    static let findings: [(target: String, file: URL)] = {
        let manager = FileManager.default
        let targets = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        return targets.sorted().flatMap { target -> [(String, URL)] in
            let directory = folder.appendingPathComponent(target)
            let files = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
            return files.sorted().map { (target, directory.appendingPathComponent($0)) }
        }
    }()

    @Test func everyFolderNamesATargetAndHoldsInputs() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(!targets.isEmpty)
        for target in targets {
            #expect(FuzzTarget(rawValue: target) != nil, "Fixtures/fuzz/\(target) is not a fuzz target")
            #expect(Self.findings.contains { $0.target == target }, "Fixtures/fuzz/\(target) is empty")
        }
    }

    @Test(arguments: findings.map { "\($0.target)/\($0.file.lastPathComponent)" })
    func replays(_ relative: String) throws {
        let parts = relative.split(separator: "/", maxSplits: 1).map(String.init)
        let target = try #require(FuzzTarget(rawValue: parts[0]))
        let bytes = try RepositoryPaths.fixtureBytes("fuzz/\(relative)")
        #expect(!bytes.isEmpty || parts[1].hasPrefix("empty"))
        target.run(bytes)
    }
}
