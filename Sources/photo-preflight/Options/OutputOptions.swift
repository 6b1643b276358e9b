import ArgumentParser
import PhotoPreflight

/// Report formats for `check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// When to colour text output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never
}

/// How results are printed.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(help: "Colour text output: auto (only on a terminal), always, never.")
    var color: ColorMode = .auto

    @Flag(help: "Text output: list only photos with findings.")
    var quiet = false

    func formatter() -> any ReportFormatter {
        switch format {
        case .text:
            let colored = color == .always || (color == .auto && StandardOutput.isTerminal)
            return TextReportFormatter(colored: colored, showPassing: !quiet)
        case .json:
            return JSONReportFormatter()
        }
    }
}
