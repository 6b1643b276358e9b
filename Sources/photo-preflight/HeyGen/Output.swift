import Foundation
import HeyGen
import PreflightSupport

/// Prints `value` as compact JSON (one line, sorted keys) on stdout, compact like `check --format json`.
func printJSON<Value: Encodable>(_ value: Value) throws {
    print(String(decoding: try JSONCoding.encoder().encode(value), as: UTF8.self))
}

/// Prints `value` as JSON, or `text` lines.
func emit<Value: Encodable>(_ value: Value, format: HeyGenOutputFormat, text: () -> [String]) throws {
    switch format {
    case .json: try printJSON(value)
    case .text: text().forEach { print($0) }
    }
}

/// Prints a service answer as JSON (the API's own model) or its text lines.
func emit(_ output: ServiceOutput, format: HeyGenOutputFormat) throws {
    try emit(output, format: format) { output.lines }
}
