import PhotoPreflight

/// The commented default config that `photo-preflight init` writes. Every value in it is the built-in
/// default, so writing it changes nothing until it is edited.
public enum ConfigTemplate {
    /// The template text; `formats` lists the allowed output formats.
    public static func text(formats: [String]) -> String {
        let defaults = PreflightConfiguration()
        var lines = [
            "# photo-preflight configuration. Found in the working folder or the nearest parent folder;",
            "# options on the command line override it. Every value below is the built-in default.",
            "",
            "# Output format when --format is not given: \(formats.joined(separator: ", ")).",
            "format: text",
            "",
            "# Treat warnings as failures (exit status 1), as --strict does.",
            "strict: false",
            "",
            "# Files to take from folders and git (--staged, --changed-since); globs relative to this file.",
            "# A pattern without '/' matches the file name in any folder; '**' matches any folders.",
            "include: []",
            "#  - \"photos/**\"",
            "",
            "# Files to leave out, even when named on the command line.",
            "exclude: []",
            "#  - \"**/drafts/**\"",
            "",
            "# Rules to switch off: \(RuleRegistry.descriptors.map(\.id.rawValue).joined(separator: ", ")).",
            "disable: []",
            "",
            "# Thresholds per rule.",
            "rules:",
        ]
        for rule in RuleRegistry.descriptors where !rule.parameters.isEmpty {
            lines.append("  \(rule.id): # \(rule.summary)")
            for parameter in rule.parameters {
                let value = ParameterText.number(parameter.value(in: defaults))
                lines.append("    \(parameter.key): \(value) # \(parameter.help)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
