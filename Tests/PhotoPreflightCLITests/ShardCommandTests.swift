import Foundation
import TestSupport
import Testing

/// `check --shard K/N`, `fix --shard K/N` and `merge`, run end to end on the fixture folder (synthetic
/// pictures without a face, hence `--no-face-check`).
struct ShardCommandTests {
    static let folder = CLIRunner.fixture("")

    static func checkJSON(_ extra: [String] = []) throws -> CLIResult {
        try CLIRunner.run(["check", "--no-face-check", "--format", "json"] + extra + [folder])
    }

    static func paths(inJSON text: String) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(json["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
    }

    @Test func threeShardsCheckEveryPhotoOnceAndMergeIntoTheUnshardedReport() throws {
        let whole = try Self.checkJSON()
        let all = try Self.paths(inJSON: whole.stdout)
        #expect(all.count > 20)
        let work = try RepositoryPaths.temporaryFolder("shard")
        defer { try? FileManager.default.removeItem(at: work) }
        var reports: [String] = []
        var taken: [String] = []
        for index in 1...3 {
            let shard = try Self.checkJSON(["--shard", "\(index)/3"])
            #expect([0, 1].contains(shard.status), "\(shard.stderr)")
            taken += try Self.paths(inJSON: shard.stdout)
            let report = work.appendingPathComponent("shard-\(index).json")
            try Data(shard.stdout.utf8).write(to: report)
            reports.append(report.path)
        }
        #expect(taken.count == all.count, "no photo in two shards")
        #expect(Set(taken) == Set(all), "every photo in a shard")

        let merged = try CLIRunner.run(["merge"] + reports)
        #expect(merged.status == whole.status)
        #expect(merged.stdout == whole.stdout, "the merged report is the unsharded one")
        let sarif = try CLIRunner.run(["merge", "--format", "sarif"] + reports)
        let wholeSARIF = try CLIRunner.run(["check", "--no-face-check", "--format", "sarif", Self.folder])
        #expect(sarif.stdout == wholeSARIF.stdout)
    }

    @Test func fixTakesTheSameShareAsCheck() throws {
        let work = try RepositoryPaths.temporaryFolder("shard")
        defer { try? FileManager.default.removeItem(at: work) }
        for index in 1...2 {
            let check = try Self.checkJSON(["--shard", "\(index)/2"])
            let fix = try CLIRunner.run([
                "fix", "--no-face-check", "--dry-run", "--format", "json", "--shard", "\(index)/2", Self.folder,
                "--out", work.path,
            ])
            #expect(try Self.paths(inJSON: fix.stdout).sorted() == Self.paths(inJSON: check.stdout).sorted())
        }
    }

    @Test(arguments: ["0/2", "3/2", "1/0", "x"])
    func aShardOutsideOneToNIsAUsageError(shard: String) throws {
        let result = try CLIRunner.run(["check", "--no-face-check", "--shard", shard, Self.folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shard"))
    }

    @Test func mergeRefusesAFileThatIsNotAJSONReport() throws {
        let result = try CLIRunner.run(["merge", CLIRunner.fixture("pass/portrait.jpg")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("portrait.jpg: not a photo-preflight --format json report"))
    }
}
