import Foundation
import Testing

/// The threshold flags, `rules`, the `init` template and `--help` all come from the rules' declared
/// parameters: every parameter `rules` lists must show up in the others and be accepted on the command line.
@Suite struct ThresholdFlagTests {
    /// One parameter as `photo-preflight rules` lists it: `    rules.too-dark.error: 35 (..., --dark-error) help`.
    struct Listed {
        var rule: String
        var key: String
        var value: String
        var flag: String?
    }

    static func listedParameters() throws -> [Listed] {
        let result = try CLIRunner.run(["rules"])
        #expect(result.status == 0)
        return result.stdout.split(separator: "\n").compactMap { line -> Listed? in
            guard line.hasPrefix("    rules.") else { return nil }
            let words = line.dropFirst(4).split(separator: " ")
            let name = words[0].dropFirst("rules.".count).dropLast().split(separator: ".", maxSplits: 1)
            let flag = line.split(separator: ", --").dropFirst().first?.split(separator: ")").first
            return Listed(
                rule: String(name[0]), key: String(name[1]), value: String(words[1]), flag: flag.map { "--\($0)" })
        }
    }

    @Test func everyListedParameterIsInTheTemplateAndTheHelp() throws {
        let listed = try Self.listedParameters()
        #expect(listed.count >= 11)
        #expect(listed.compactMap(\.flag).count >= 11)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent("config.yml").path
        #expect(try CLIRunner.run(["init", "--output", output]).status == 0)
        let template = try String(contentsOfFile: output, encoding: .utf8)
        let help = try CLIRunner.run(["check", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        for parameter in listed {
            #expect(
                template.contains("    \(parameter.key): \(parameter.value) # "), "\(parameter.rule).\(parameter.key)")
            #expect(help.contains(parameter.flag ?? "\(parameter.rule).\(parameter.key)="), "\(parameter.key)")
        }
    }

    @Test func everyParameterIsAcceptedAsAFlagAndAsRuleDotKey() throws {
        let listed = try Self.listedParameters()
        var arguments = ["check", "--no-face-check"]
        for parameter in listed {
            if let flag = parameter.flag {
                arguments += [flag, parameter.value]
            }
            arguments += ["--threshold", "\(parameter.rule).\(parameter.key)=\(parameter.value)"]
        }
        let result = try CLIRunner.run(arguments + ["--dark-error=35", CLIRunner.fixture("pass/portrait.jpg")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PASS"))
    }

    @Test func outOfRangeValuesAreRejectedNamingTheFlag() throws {
        for parameter in try Self.listedParameters() {
            let flag = parameter.flag ?? "--threshold \(parameter.rule).\(parameter.key)"
            let setting =
                parameter.flag.map { [$0, "-1"] } ?? ["--threshold", "\(parameter.rule).\(parameter.key)=-1"]
            let result = try CLIRunner.run(
                ["check", "--no-face-check"] + setting + [CLIRunner.fixture("pass/portrait.jpg")])
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(flag) must be"), "\(result.stderr)")
        }
    }

    @Test func flagsAfterTheTerminatorAreNotRewritten() throws {
        let result = try CLIRunner.run(["check", "--no-face-check", "--", "--dark-error"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--dark-error: no such file or folder"), "\(result.stderr)")
    }
}
