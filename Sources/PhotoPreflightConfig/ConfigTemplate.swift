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
        for (rule, keys) in ThresholdKey.byRule {
            let summary = RuleRegistry.descriptors.first { $0.id == rule }?.summary ?? ""
            lines.append("  \(rule): # \(summary)")
            for key in keys {
                lines.append("    \(key.name): \(ReportText.number(key.read(defaults))) # \(key.help)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
