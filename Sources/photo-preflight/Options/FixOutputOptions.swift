import ArgumentParser
import PhotoPreflight

/// The report formats `fix` writes.
enum FixOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// How `fix` prints its results.
struct FixOutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Output format: text or json (default: the config file's format when it is one of these, else text).",
            valueName: "format"))
    var format: FixOutputFormat?

    @Option(help: "Colour text output: auto (only on a terminal), always, never.")
    var color: ColorMode = .auto

    /// The writer for `--format`, else the config file's format when `fix` writes it, else text.
    func writer(dryRun: Bool, configFormat: String?) -> any ReportWriter<FixReport> {
        switch format ?? configFormat.flatMap(FixOutputFormat.init(rawValue:)) ?? .text {
        case .json: FixJSONReportFormatter(dryRun: dryRun)
        case .text: FixTextReportFormatter(colored: color.isOn, dryRun: dryRun)
        }
    }
}
