import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end tests of the workflow features (report formats, config, init, git selection, progress) through
/// the built `photo-preflight` binary: stdout, stderr and exit status.
@Suite(.serialized) struct WorkflowCommandTests {
    // MARK: Report formats

    @Test func junitHasOneTestCasePerPhotoAndFailuresCarryTheFindings() throws {
        let json = try CheckRun.json(["Fixtures/pass", "Fixtures/fail"])
        let run = try Tool.run(["check", "--format", "junit", "Fixtures/pass", "Fixtures/fail"])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let cases = try document.nodes(forXPath: "/testsuites/testsuite/testcase").compactMap { $0 as? XMLElement }
        #expect(cases.count == json.files.count)
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "\(json.files.count)")
        #expect(
            suite.attribute(forName: "failures")?.stringValue == "\(json.files.filter { $0.verdict == "fail" }.count)")
        for (testCase, file) in zip(cases, json.files) {
            #expect(testCase.attribute(forName: "name")?.stringValue == file.path)
            let failure = testCase.elements(forName: "failure").first
            #expect((failure != nil) == (file.verdict == "fail"), "\(file.path)")
            guard let failure else { continue }
            let types = Set(
                (failure.attribute(forName: "type")?.stringValue ?? "").split(separator: " ").map(String.init))
            #expect(types == Set(file.findings.filter { $0.severity == "error" }.map(\.rule)))
            for finding in file.findings { #expect(failure.stringValue?.contains(finding.message) == true) }
        }
    }

    /// The official SARIF 2.1.0 schema in `../shared/schemas`, when it is beside the checkout.
    static let sarifSchema: URL? = RepositoryPaths.schemas.map {
        $0.appendingPathComponent("sarif-schema-2.1.0.json")
    }.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }

    @Test(
        .enabled(if: Tool.pythonHasJSONSchema, "python3 with the jsonschema module is not installed"),
        .enabled(if: sarifSchema != nil, "../shared/schemas/sarif-schema-2.1.0.json not found beside the checkout"))
    func sarifIsValidAgainstTheOfficialSchemaWithOneResultPerFinding() throws {
        let schema = try #require(Self.sarifSchema).path
        let json = try CheckRun.json(["Fixtures/fail", "Fixtures/format"])
        let run = try Tool.run(["check", "--format", "sarif", "Fixtures/fail", "Fixtures/format"])
        #expect(run.status == 1)
        let scratch = try Scratch()
        let file = try scratch.write("log.sarif", run.stdout)
        let validation = try Tool.run(
            [file.path, schema], executable: Tool.repository.appendingPathComponent("scripts/validate-sarif"))
        #expect(validation.status == 0, "\(validation.stderr)")

        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == json.files.map(\.findings.count).reduce(0, +))
        #expect(results.compactMap { $0["ruleId"] as? String } == json.files.flatMap { $0.findings.map(\.rule) })

        // The validator does reject a log that breaks the schema.
        let broken = run.stdout.replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
        #expect(broken != run.stdout)
        let invalid = try Tool.run(
            [try scratch.write("broken.sarif", broken).path, schema],
            executable: Tool.repository.appendingPathComponent("scripts/validate-sarif"))
        #expect(invalid.status == 1)
    }

    @Test func githubFormatPrintsOneAnnotationPerFinding() throws {
        let json = try CheckRun.json(["Fixtures/fail"])
        let run = try Tool.run(["check", "--format", "github", "Fixtures/fail"])
        #expect(run.status == 1)
        let annotations = run.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        let expected = json.files.flatMap { file in
            file.findings.map { "::\($0.severity == "error" ? "error" : "warning") file=\(file.path),title=" }
        }
        #expect(annotations.count == expected.count)
        for (line, prefix) in zip(annotations, expected) { #expect(line.hasPrefix(prefix), "\(line)") }
    }

    // MARK: Config

    @Test func configFileAboveTheWorkingFolderSetsFormatThresholdsAndDisabledRules() throws {
        let scratch = try Scratch()
        try scratch.write(
            ".photo-preflight.yml",
            "format: json\ndisable: [low-contrast, blurry]\nrules:\n  too-dark:\n    error: 10\n")
        let folder = try scratch.folder("a/b")
        let photo = Tool.repository.appendingPathComponent("Fixtures/fail/too-dark.jpg").path
        let run = try Tool.run(["check", photo], in: folder)
        let report = try CheckRun.decode(run.stdout)
        #expect(report.files.first?.findings.map(\.rule) == ["too-dark"])
        #expect(report.files.first?.verdict == "warn")
        #expect(run.status == 0)

        // Options on the command line override the file.
        let overridden = try Tool.run(["check", "--format", "text", "--dark-error", "50", photo], in: folder)
        #expect(overridden.status == 1)
        #expect(overridden.stdout.contains("too-dark"))
        #expect(!overridden.stdout.hasPrefix("{"))
    }

    @Test(arguments: [
        ("colour: red\n", "1:1", "unknown key 'colour'", "format, strict, include, exclude, disable, rules"),
        ("rules:\n  too-dark:\n    eror: 3\n", "3:5", "unknown key 'eror'", "error, warning, shadow-clipping"),
        ("rules:\n  blurry:\n    error: -4\n", "3:12", "bad value '-4'", "a number ≥ 0"),
        ("format: xml\n", "1:9", "bad value 'xml' for format", "text, json, junit, sarif, github"),
        ("disable: [sharpness]\n", "1:11", "bad value 'sharpness'", "too-dark"),
        ("rules: [\n", "2:1", "YAML syntax", "did not find expected node content"),
    ])
    func configProblemsNameFileLineAndAllowedValues(
        yaml: String, line: String, problem: String, allowed: String
    )
        throws
    {
        let scratch = try Scratch()
        let config = try scratch.write("settings.yml", yaml)
        let run = try Tool.run(["check", "--config", config.path, "Fixtures/pass/portrait.jpg"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(config.path):\(line): "), "\(run.stderr)")
        #expect(run.stderr.contains(problem), "\(run.stderr)")
        #expect(run.stderr.contains(allowed), "\(run.stderr)")
    }

    @Test func includeAndExcludeGlobsSelectFolderContents() throws {
        let scratch = try Scratch()
        let fixtures = scratch.url.appendingPathComponent("photos")
        try FileManager.default.copyItem(at: Tool.repository.appendingPathComponent("Fixtures"), to: fixtures)
        try scratch.write(
            ".photo-preflight.yml", "include: ['photos/pass/**']\nexclude: ['*.png', 'photos/pass/exif-*']\n")
        let report = try CheckRun.decode(try Tool.run(["check", "--format", "json", "photos"], in: scratch.url).stdout)
        #expect(!report.files.isEmpty)
        for file in report.files {
            #expect(file.path.hasPrefix("photos/pass/"))
            #expect(!file.path.hasSuffix(".png"))
            #expect(!file.path.contains("/exif-"))
        }
        // A named file skips `include`, but not `exclude`, and a notice says it was left out.
        let namedRun = try Tool.run(
            ["check", "--format", "json", "photos/fail/too-dark.jpg", "photos/pass/portrait.png"], in: scratch.url)
        let named = try CheckRun.decode(namedRun.stdout)
        #expect(named.files.map(\.path) == ["photos/fail/too-dark.jpg"])
        #expect(
            namedRun.stderr.contains("photos/pass/portrait.png: skipped, excluded by the exclude globs of "),
            "\(namedRun.stderr)")
    }

    @Test func initWritesTheDefaultsAndRefusesToOverwrite() throws {
        let scratch = try Scratch()
        let first = try Tool.run(["init"], in: scratch.url)
        #expect(first.status == 0)
        let written = try String(
            contentsOf: scratch.url.appendingPathComponent(".photo-preflight.yml"), encoding: .utf8)
        #expect(written.contains("# "))
        // The written file changes nothing: same results as without any config.
        let fixtures = Tool.repository.appendingPathComponent("Fixtures/fail").path
        let withFile = try Tool.run(["check", "--format", "json", fixtures], in: scratch.url)
        let without = try Tool.run(["check", "--format", "json", "--no-config", fixtures], in: scratch.url)
        #expect(withFile.stdout == without.stdout)
        #expect(withFile.stderr.isEmpty)

        try "format: json\n".write(
            to: scratch.url.appendingPathComponent(".photo-preflight.yml"), atomically: true, encoding: .utf8)
        let second = try Tool.run(["init"], in: scratch.url)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already exists; use --force"))
        let kept = try String(contentsOf: scratch.url.appendingPathComponent(".photo-preflight.yml"), encoding: .utf8)
        #expect(kept == "format: json\n")
        #expect(try Tool.run(["init", "--force"], in: scratch.url).status == 0)
        #expect(
            try String(contentsOf: scratch.url.appendingPathComponent(".photo-preflight.yml"), encoding: .utf8)
                == written)
    }

    // MARK: Git selection

    @Test func stagedAndChangedSinceCheckOnlyAddedOrModifiedImages() throws {
        let repo = try GitRepository()
        try repo.add("Fixtures/pass/portrait.jpg", as: "old.jpg")
        try repo.add("Fixtures/pass/portrait.png", as: "edited.png")
        try repo.commit("first")
        try repo.add("Fixtures/fail/too-dark.jpg", as: "photos/new dark.JPG")
        try repo.add("Fixtures/fail/blurry.jpg", as: "edited.png")
        try repo.add("Fixtures/pass/portrait.jpg", as: "notes.txt")

        let staged = try Tool.run(["check", "--format", "json", "--staged"], in: repo.url)
        #expect(Set(try CheckRun.decode(staged.stdout).files.map(\.path)) == ["photos/new dark.JPG", "edited.png"])
        #expect(staged.status == 1)

        let limited = try Tool.run(["check", "--format", "json", "--staged", "photos"], in: repo.url)
        #expect(try CheckRun.decode(limited.stdout).files.map(\.path) == ["photos/new dark.JPG"])

        try repo.commit("second")
        let sub = repo.url.appendingPathComponent("photos")
        let changed = try Tool.run(["check", "--format", "json", "--changed-since", "HEAD~1"], in: sub)
        #expect(
            Set(try CheckRun.decode(changed.stdout).files.map(\.path)) == [
                "new dark.JPG", repo.url.path + "/edited.png",
            ])
        let none = try Tool.run(["check", "--staged"], in: repo.url)
        #expect(none.status == 0)
        #expect(none.stdout.contains("0 photos"))
    }

    @Test func gitSelectionFailsClearlyOutsideARepositoryOrOnABadRevision() throws {
        let scratch = try Scratch()
        let outside = try Tool.run(["check", "--staged"], in: scratch.url)
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("not inside a git repository"))
        let repo = try GitRepository()
        try repo.add("Fixtures/pass/portrait.jpg", as: "a.jpg")
        try repo.commit("first")
        let bad = try Tool.run(["check", "--changed-since", "no-such-branch"], in: repo.url)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("cannot find revision 'no-such-branch'"))
    }

    // MARK: Progress

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) is not installed"))
    func progressBarIsDrawnOnATerminalOnly() throws {
        let plain = try Tool.run(["check", "--format", "json", "Fixtures/fail"])
        #expect(plain.stderr.isEmpty)
        let total = try CheckRun.decode(plain.stdout).files.count
        let command = "\(Tool.binary.path) check --format json Fixtures/fail >/dev/null"
        let terminal = try Tool.run(
            ["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(terminal.stdout.contains("photos/s"))
        #expect(terminal.stdout.contains("] \(total)/\(total)"))
    }
}

/// The HTML report, rendered by a real browser.
@Suite(.serialized) struct HTMLReportCommandTests {
    @Test(.enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install -y chromium)"))
    func reportLoadsInChromiumWithOneCardPerPhotoFailuresFirst() throws {
        let json = try CheckRun.json(["Fixtures/pass", "Fixtures/fail", "Fixtures/corrupt"])
        let scratch = try Scratch()
        let page = scratch.url.appendingPathComponent("report.html")
        let run = try Tool.run(
            [
                "check", "--no-config", "--format", "json", "--report", page.path, "Fixtures/pass", "Fixtures/fail",
                "Fixtures/corrupt",
            ])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        #expect(try CheckRun.decode(run.stdout).files.map(\.path) == json.files.map(\.path))

        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("http://") && !html.contains("https://"), "the page must not load anything")

        let dom = try Chromium.dumpDOM(page)
        #expect(dom.contains("data-ready=\"true\""), "the page's script ran")
        // Chromium serialises HTML, not XML: read the attributes the page's cards carry.
        let verdicts = Chromium.values(of: "data-verdict", in: dom)
        #expect(verdicts.count == json.files.count)
        let order = ["fail": 0, "warn": 1, "pass": 2]
        #expect(verdicts == verdicts.sorted { order[$0, default: 3] < order[$1, default: 3] })
        #expect(verdicts.filter { $0 == "fail" }.count == json.files.filter { $0.verdict == "fail" }.count)
        let sources = Chromium.values(of: "src", in: dom)
        #expect(sources.count >= json.files.filter { $0.verdict == "pass" }.count)
        #expect(sources.allSatisfy { $0.hasPrefix("data:image/jpeg;base64,/9j/") })
        #expect(dom.contains("<output id=\"shown\">\(json.files.count)</output>"))
    }
}

/// Headless Chromium from Debian.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The DOM after the page's scripts ran.
    static func dumpDOM(_ page: URL) throws -> String {
        let run = try Tool.run(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--dump-dom",
                page.absoluteString,
            ],
            executable: URL(fileURLWithPath: path ?? "/usr/bin/chromium"))
        guard run.status == 0 else { throw BrowserFailure(message: run.stderr) }
        return run.stdout
    }

    /// Every value of `attribute` in `html`, in document order.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    struct BrowserFailure: Error {
        var message: String
    }
}
