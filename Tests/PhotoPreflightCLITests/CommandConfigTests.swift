import Foundation
import Testing

/// `fix` reads the same config as `check`; thresholds are validated together; errors share one prefix;
/// `fix` keeps named folders apart and labels warnings as `check` does.
struct CommandConfigTests {
    private static func fixture(_ path: String) -> String {
        Tool.repository.appendingPathComponent("Fixtures").appendingPathComponent(path).path
    }

    @Test func fixHonoursTheConfigsDisabledRulesAndThresholds() throws {
        let scratch = try Scratch()
        try scratch.write(".photo-preflight.yml", "disable: [too-dark]\nrules:\n  too-small:\n    min-side: 3000\n")
        let out = scratch.url.appendingPathComponent("out")
        // too-dark is switched off: the dark photo's copy is not failed for it.
        let dark = try Tool.run(["fix", Self.fixture("fail/too-dark.jpg"), "--out", out.path], in: scratch.url)
        #expect(!dark.stdout.contains("✗ too-dark"), "\(dark.stdout)")
        #expect(dark.stdout.contains("✗ too-small"), "\(dark.stdout)")
        // The raised minimum side fails a photo that passes with the defaults.
        let raised = try Tool.run(
            ["fix", Self.fixture("pass/portrait.png"), "--out", out.path + "2", "--format", "json"], in: scratch.url)
        #expect(raised.status == 1, "\(raised.stdout)\(raised.stderr)")
        #expect(raised.stdout.contains("too-small"), "\(raised.stdout)")
        // Flags win over the file.
        let overridden = try Tool.run(
            ["fix", Self.fixture("pass/portrait.png"), "--out", out.path + "3", "--min-side", "512"], in: scratch.url)
        #expect(overridden.status == 0, "\(overridden.stdout)\(overridden.stderr)")
    }

    @Test func fixHelpListsOnlyTheFormatsFixWrites() throws {
        let help = try Tool.run(["fix", "--help"])
        #expect(help.stdout.contains("text or json"), "\(help.stdout)")
        for format in ["junit", "sarif", "github"] { #expect(!help.stdout.contains(format), "\(format)") }
        let refused = try Tool.run(["fix", Self.fixture("pass/portrait.png"), "--out", "/tmp/x", "--format", "sarif"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("error: "), "\(refused.stderr)")
    }

    @Test(arguments: [
        (["--dark-error", "70"], "--dark-error / rules.too-dark.error (70) is above --dark-warning"),
        (["--bright-error", "100"], "--bright-error / rules.too-bright.error (100) is below --bright-warning"),
        (["--blur-error", "150"], "--blur-error / rules.blurry.error (150) is above --blur-warning"),
    ])
    func errorThresholdsBeyondTheirWarningsAreRefused(flags: [String], message: String) throws {
        let run = try Tool.run(["check", "--no-config"] + flags + [Self.fixture("pass/portrait.png")])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: " + message), "\(run.stderr)")
    }

    @Test func contradictoryThresholdsFromTheConfigFileAreRefused() throws {
        let scratch = try Scratch()
        try scratch.write(".photo-preflight.yml", "rules:\n  too-dark:\n    error: 60\n")
        let run = try Tool.run(["check", Self.fixture("pass/portrait.png")], in: scratch.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("rules.too-dark.error (60) is above"), "\(run.stderr)")
        let fixed = try Tool.run(
            ["fix", Self.fixture("pass/portrait.png"), "--out", scratch.url.appendingPathComponent("o").path],
            in: scratch.url)
        #expect(fixed.status == 2)
        #expect(fixed.stderr.contains("rules.too-dark.error (60) is above"), "\(fixed.stderr)")
    }

    @Test func maxSideBelowMinSideIsRefused() throws {
        let scratch = try Scratch()
        let run = try Tool.run([
            "fix", "--no-config", Self.fixture("pass/portrait.png"), "--out", scratch.url.path, "--max-side", "300",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: --max-side (300) is below --min-side"), "\(run.stderr)")
    }

    @Test func usageErrorsShareTheErrorPrefix() throws {
        let jobs = try Tool.run(["check", "--no-config", "--jobs", "-1", Self.fixture("pass/portrait.png")])
        #expect(jobs.status == 2)
        #expect(jobs.stderr.hasPrefix("error: --jobs must be at least 1, got -1"), "\(jobs.stderr)")
        let missing = try Tool.run(["check", "--config", "/nonexistent/pp.yml", Self.fixture("pass/portrait.png")])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: /nonexistent/pp.yml"), "\(missing.stderr)")
        let absent = try Tool.run(["check", "--no-config", "/nonexistent/photo.jpg"])
        #expect(absent.stderr.hasPrefix("error: /nonexistent/photo.jpg"), "\(absent.stderr)")
    }

    @Test func fixKeepsEachNamedFolderAsASubfolder() throws {
        let scratch = try Scratch()
        for name in ["a", "b"] {
            let folder = try scratch.folder("in/\(name)")
            try FileManager.default.copyItem(
                atPath: Self.fixture("pass/portrait.png"), toPath: folder.appendingPathComponent("p.png").path)
        }
        let out = scratch.url.appendingPathComponent("out")
        let run = try Tool.run([
            "fix", "--no-config", scratch.url.appendingPathComponent("in/a").path,
            scratch.url.appendingPathComponent("in/b").path, Self.fixture("pass/portrait.png"), "--out", out.path,
        ])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let written = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).sorted()
        #expect(written == ["a", "a/p.png", "b", "b/p.png", "portrait.png"])
    }

    @Test func fixLabelsACopyThatPassesWithWarningsWARN() throws {
        let scratch = try Scratch()
        let run = try Tool.run([
            "fix", "--no-config", Self.fixture("pass/portrait.png"), "--out", scratch.url.path, "--dark-warning",
            "254", "--bright-warning", "255", "--bright-error", "255",
        ])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("WARN  "), "\(run.stdout)")
    }

    @Test func findingsDoNotRepeatTheRuleName() throws {
        let run = try Tool.run([
            "check", "--no-config", Self.fixture("fail/blurry.jpg"), Self.fixture("fail/too-dark.jpg"),
        ])
        #expect(run.stdout.contains("blurry: sharpness"), "\(run.stdout)")
        #expect(!run.stdout.contains("blurry: blurry:"), "\(run.stdout)")
        #expect(!run.stdout.contains("too-dark: too dark:"), "\(run.stdout)")
    }

    @Test func rulesShowsTheFaceSizeFlag() throws {
        let run = try Tool.run(["rules"])
        let line = run.stdout.split(separator: "\n").first { $0.contains("rules.face-too-small.") }
        #expect(line?.contains("--min-face-side") == true, "\(run.stdout)")
    }
}
