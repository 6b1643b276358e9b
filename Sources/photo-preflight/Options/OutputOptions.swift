import ArgumentParser
import PhotoPreflight

/// Report formats for `check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case junit
    case sarif
    case github
}

/// When to colour text output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never

    /// Whether text is coloured: `always`, or `auto` and standard output is a terminal.
    var isOn: Bool { self == .always || (self == .auto && StandardOutput.isTerminal) }
}

/// How results are printed.
struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Output format (check: the config file's, else text; merge: json).", valueName: "format"))
    var format: OutputFormat?

    @Option(help: "Colour text output: auto (only on a terminal), always, never.")
    var color: ColorMode = .auto

    @Flag(help: "Text output: list only photos with findings.")
    var quiet = false

    /// Whether text output is coloured: `always`, or `auto` and standard output is a terminal.
    var colored: Bool { color.isOn }

    /// The `check` writer for `format`; `strict` counts warnings as failures where the format records failures.
    func writer(for format: OutputFormat, strict: Bool) -> any ReportWriter<PhotoReport> {
        switch format {
        case .text: TextReportFormatter(colored: colored, showPassing: !quiet)
        case .json: JSONReportFormatter()
        case .github: GitHubReportFormatter()
        case .junit: JUnitReportFormatter(strict: strict)
        case .sarif: SARIFReportFormatter()
        }
    }
}
