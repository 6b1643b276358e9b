import Foundation
import PhotoPreflight
import PhotoPreflightConfig
import Testing

@Suite struct ConfigParserTests {
    let parser = ConfigParser(formats: ["text", "json"])
    let file = URL(fileURLWithPath: "/project/.photo-preflight.yml")

    @Test func theInitTemplateParsesToTheBuiltInDefaults() throws {
        let config = try parser.parse(ConfigTemplate.text(formats: ["text", "json"]), file: file)
        let defaults = PreflightConfiguration()
        #expect(config.configuration.exposure == defaults.exposure)
        #expect(config.configuration.sharpness == defaults.sharpness)
        #expect(config.configuration.contrast == defaults.contrast)
        #expect(config.configuration.maxPixels == defaults.maxPixels)
        #expect(config.configuration.minimumSide == defaults.minimumSide)
        #expect(config.configuration.maximumBytes == defaults.maximumBytes)
        #expect(config.configuration.disabledRules.isEmpty)
        #expect(config.format == "text")
        #expect(config.strict == false)
        for (rule, parameter) in RuleRegistry.parameters {
            #expect(parameter.value(in: config.configuration) == parameter.defaultValue, "\(rule).\(parameter.key)")
        }
    }

    @Test func everyDeclaredParameterIsInTheTemplateAndSettableFromTheFile() throws {
        let template = ConfigTemplate.text(formats: ["text"])
        var yaml = "rules:\n"
        for rule in RuleRegistry.descriptors where !rule.parameters.isEmpty {
            #expect(template.contains("  \(rule.id): # "))
            yaml += "  \(rule.id):\n"
            for parameter in rule.parameters {
                let value = ParameterText.number(parameter.defaultValue)
                #expect(template.contains("    \(parameter.key): \(value) # \(parameter.help)"))
                yaml += "    \(parameter.key): \(ParameterText.number(parameter.range.lowerBound))\n"
            }
        }
        let config = try parser.parse(yaml, file: file)
        for (rule, parameter) in RuleRegistry.parameters {
            #expect(parameter.value(in: config.configuration) == parameter.range.lowerBound, "\(rule).\(parameter.key)")
        }
    }

    @Test func settingsReachTheConfiguration() throws {
        let yaml = """
            format: json
            strict: true
            disable: low-contrast
            include: ["photos/**"]
            rules:
              too-small: {min-side: 1024}
              too-bright: {error: 200, highlight-clipping: 0.95}
              blurry:
                warning: 150.5
            """
        let config = try parser.parse(yaml, file: file)
        #expect(config.format == "json")
        #expect(config.strict == true)
        #expect(config.configuration.disabledRules == ["low-contrast"])
        #expect(config.configuration.minimumSide == 1024)
        #expect(config.configuration.exposure.brightError == 200)
        #expect(config.configuration.exposure.highlightClippingLimit == 0.95)
        #expect(config.configuration.sharpness.blurryWarning == 150.5)
        #expect(config.selects(absolutePath: "/project/photos/a.jpg", named: false))
        #expect(!config.selects(absolutePath: "/project/other/a.jpg", named: false))
        #expect(config.selects(absolutePath: "/project/other/a.jpg", named: true))
        #expect(config.selects(absolutePath: "/elsewhere/a.jpg", named: false))
    }

    @Test(arguments: [
        ("rules:\n  too-small:\n    min-side: 1.5\n", 3, "a whole number"),
        ("strict: maybe\n", 1, "true, false"),
        ("rules:\n  corrupt: {}\n", 2, "allowed: too-many-pixels, too-small"),
        ("rules:\n  too-bright:\n    highlight-clipping: 2\n", 3, "from 0 to 1"),
        ("include: [[a]]\n", 1, "glob patterns"),
        ("- a\n- b\n", 1, "mapping of keys"),
    ])
    func badValuesAreLocated(yaml: String, line: Int, allowed: String) {
        #expect {
            _ = try parser.parse(yaml, file: file)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.file == file.path && error.line == line && error.message.contains(allowed)
        }
    }

    @Test func theLocatorFindsTheNearestFileAbove() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pp-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let deep = root.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        #expect(ConfigLocator.find(from: deep)?.path.hasPrefix(root.path) != true)
        try "format: json\n".write(
            to: root.appendingPathComponent(ConfigFile.fileName), atomically: true, encoding: .utf8)
        try "format: text\n".write(
            to: root.appendingPathComponent("a/" + ConfigFile.fileName), atomically: true, encoding: .utf8)
        #expect(ConfigLocator.find(from: deep)?.path == root.appendingPathComponent("a/" + ConfigFile.fileName).path)
        #expect(ConfigLocator.find(from: root)?.path == root.appendingPathComponent(ConfigFile.fileName).path)
    }
}
