import Foundation
import Testing

/// A gate checks what it is asked to check and never passes having checked nothing: `--staged` checks the
/// index blob, `--changed-since` HEAD's content, and unreadable folders, excluded named files and symbolic
/// links that lead nowhere or out of the named folder are reported.
@Suite(.serialized) struct GateInputTests {
    // MARK: Git content

    @Test func stagedChecksTheIndexBlobNotTheWorkingCopy() throws {
        let repo = try GitRepository()
        try repo.add("Fixtures/fail/too-dark.jpg", as: "photos/me.jpg")
        let working = repo.url.appendingPathComponent("photos/me.jpg")
        try FileManager.default.removeItem(at: working)
        try FileManager.default.copyItem(
            at: Tool.repository.appendingPathComponent("Fixtures/pass/portrait.jpg"), to: working)

        let replaced = try Tool.run(["check", "--format", "json", "--staged"], in: repo.url)
        #expect(replaced.status == 1, "\(replaced.stderr)")
        let files = try CheckRun.decode(replaced.stdout).files
        #expect(files.map(\.path) == ["photos/me.jpg"])
        #expect(files.first?.findings.map(\.rule).contains("too-dark") == true)

        try FileManager.default.removeItem(at: working)
        let deleted = try Tool.run(["check", "--staged"], in: repo.url)
        #expect(deleted.status == 1, "\(deleted.stdout)\(deleted.stderr)")
        #expect(deleted.stdout.contains("photos/me.jpg"))
        #expect(deleted.stdout.contains("too-dark"))
    }

    @Test func readmePreCommitRecipeRefusesAStagedFailingPhotoDeletedFromTheWorkingTree() throws {
        let repo = try GitRepository()
        // The README's recipe, verbatim: printf '#!/bin/sh\nexec photo-preflight check --staged\n'.
        let hook = repo.url.appendingPathComponent(".git/hooks/pre-commit")
        try FileManager.default.createDirectory(at: hook.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "#!/bin/sh\nexec photo-preflight check --staged\n".write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        try repo.add("Fixtures/fail/too-dark.jpg", as: "dark.jpg")
        try FileManager.default.removeItem(at: repo.url.appendingPathComponent("dark.jpg"))

        let path =
            Tool.binary.deletingLastPathComponent().path + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let commit = try repo.run(["commit", "-q", "-m", "dark"], environment: ["PATH": path])
        #expect(commit.status != 0, "the hook let the staged too-dark photo be committed")
        let output = commit.stdout + commit.stderr
        #expect(output.contains("dark.jpg") && output.contains("too-dark"), "\(output)")
        #expect(try repo.run(["rev-parse", "--verify", "-q", "HEAD"]).status != 0, "a commit was made")
    }

    @Test func changedSinceChecksTheCommittedContentOfHead() throws {
        let repo = try GitRepository()
        try repo.add("Fixtures/pass/portrait.jpg", as: "old.jpg")
        try repo.commit("first")
        try repo.add("Fixtures/fail/too-dark.jpg", as: "me.jpg")
        try repo.commit("second")
        // Uncommitted: a good working copy of the committed dark photo, and a staged dark photo not in HEAD.
        let working = repo.url.appendingPathComponent("me.jpg")
        try FileManager.default.removeItem(at: working)
        try FileManager.default.copyItem(
            at: Tool.repository.appendingPathComponent("Fixtures/pass/portrait.jpg"), to: working)
        try repo.add("Fixtures/fail/too-dark.jpg", as: "uncommitted.jpg")

        let run = try Tool.run(["check", "--format", "json", "--changed-since", "HEAD~1"], in: repo.url)
        #expect(run.status == 1, "\(run.stderr)")
        let files = try CheckRun.decode(run.stdout).files
        #expect(files.map(\.path) == ["me.jpg"])
        #expect(files.first?.findings.map(\.rule).contains("too-dark") == true)
    }

    @Test func gitCopiesAreRemovedAfterTheRun() throws {
        let repo = try GitRepository()
        try repo.add("Fixtures/fail/too-dark.jpg", as: "me.jpg")
        let temporary = try Scratch()
        let run = try Tool.run(["check", "--staged"], in: repo.url, environment: ["TMPDIR": temporary.url.path])
        #expect(run.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path).isEmpty)
    }

    // MARK: Folders and links

    /// Runs `check` as an unprivileged user when the tests run as root (where permissions are not enforced).
    static let unprivileged: [String]? = {
        if getuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }()

    @Test(.enabled(if: unprivileged != nil, "running as root without setpriv: an unreadable folder cannot be made"))
    func anUnreadableFolderIsAnIOErrorNamingIt() throws {
        let scratch = try Scratch()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.url.path)
        let locked = try scratch.folder("photos/locked")
        try FileManager.default.copyItem(
            at: Tool.repository.appendingPathComponent("Fixtures/pass/portrait.jpg"),
            to: locked.appendingPathComponent("me.jpg"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let prefix = try #require(Self.unprivileged)
        let photos = scratch.url.path + "/photos"
        for (named, shown) in [(locked.path, locked.path), (photos, photos + "/locked")] {
            let check = ["check", "--no-config", named]
            // Tool.run adds --no-face-check when it runs the binary itself.
            let run =
                try prefix.isEmpty
                ? Tool.run(check, in: scratch.url)
                : Tool.run(
                    Array(prefix.dropFirst()) + [Tool.binary.path, "check", "--no-face-check"] + check.dropFirst(),
                    in: scratch.url, executable: URL(fileURLWithPath: prefix[0]))
            #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
            #expect(run.stderr.contains("\(shown): cannot read folder"), "\(run.stderr)")
        }
    }

    @Test func aSymbolicLinkOutOfTheNamedFolderIsSkippedWithANotice() throws {
        let scratch = try Scratch()
        try FileManager.default.copyItem(
            at: Tool.repository.appendingPathComponent("Fixtures/fail/too-dark.jpg"),
            to: scratch.url.appendingPathComponent("outside.jpg"))
        let folder = try scratch.folder("team/photos")
        try FileManager.default.copyItem(
            at: Tool.repository.appendingPathComponent("Fixtures/pass/portrait.jpg"),
            to: folder.appendingPathComponent("me.jpg"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("up").path, withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("gone.jpg").path, withDestinationPath: "nowhere.jpg")

        let run = try Tool.run(["check", "--no-config", "--format", "json", "team/photos"], in: scratch.url)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(try CheckRun.decode(run.stdout).files.map(\.path) == ["team/photos/me.jpg"])
        #expect(run.stderr.contains("team/photos/up: skipped, points outside team/photos"), "\(run.stderr)")
        #expect(run.stderr.contains("team/photos/gone.jpg: skipped, dangling symbolic link"), "\(run.stderr)")

        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop.jpg").path, withDestinationPath: "loop.jpg")
        let named = try Tool.run(["check", "--no-config", "team/photos/loop.jpg"], in: scratch.url)
        #expect(named.status == 2)
        #expect(named.stderr.contains("team/photos/loop.jpg: symbolic link loop"), "\(named.stderr)")
    }

    @Test func fixReportsSkippedLinksAsCheckDoes() throws {
        let scratch = try Scratch()
        let folder = try scratch.folder("photos")
        try FileManager.default.copyItem(
            at: Tool.repository.appendingPathComponent("Fixtures/pass/portrait.jpg"),
            to: folder.appendingPathComponent("me.jpg"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("gone.jpg").path, withDestinationPath: "nowhere.jpg")
        let run = try Tool.run(["fix", "--dry-run", "--out", "fixed", "photos"], in: scratch.url)
        #expect(
            run.stderr.contains("warning: photos/gone.jpg: skipped, dangling symbolic link"), "\(run.stderr)")
        #expect(run.stdout.contains("photos/me.jpg") || run.stdout.contains("me.jpg"), "\(run.stdout)")
    }
}
