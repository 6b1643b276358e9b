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
}

/// A formatter ready to write: streaming (a piece per photo as it finishes) or whole (one document at the end).
enum ReportOutput {
    case streaming(any ReportFormatter)
    case document(any DocumentReportFormatter)
}

/// How results are printed.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format (default: the config file's, else text).", valueName: "format"))
    var format: OutputFormat?

    @Option(help: "Colour text output: auto (only on a terminal), always, never.")
    var color: ColorMode = .auto

    @Flag(help: "Text output: list only photos with findings.")
    var quiet = false

    /// The formatter for `format`; `strict` counts warnings as failures where the format records failures.
    func output(for format: OutputFormat, strict: Bool) -> ReportOutput {
        switch format {
        case .text:
            let colored = color == .always || (color == .auto && StandardOutput.isTerminal)
            return .streaming(TextReportFormatter(colored: colored, showPassing: !quiet))
        case .json:
            return .streaming(JSONReportFormatter())
        case .github:
            return .streaming(GitHubReportFormatter())
        case .junit:
            return .document(JUnitReportFormatter(strict: strict))
        case .sarif:
            return .document(SARIFReportFormatter(toolVersion: PhotoPreflightCommand.version))
        }
    }
}
