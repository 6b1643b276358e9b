import Foundation

/// A one-line progress bar on standard error: `[#####-----] 120/1000  38.2 photos/s  ETA 0:23`. It draws
/// only when enabled (the CLI enables it when standard error is a terminal) and at most ten times a second,
/// and erases itself once the last photo is drawn, before the summary is printed.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) var done = 0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    /// Counts one more photo done and redraws if due.
    mutating func advance() {
        done += 1
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        StandardError.write(
            "\r" + Self.line(done: done, total: total, elapsed: now.timeIntervalSince(start)) + "\u{1B}[K")
        if done == total { finish() }
    }

    /// Erases the bar.
    private func finish() {
        if enabled { StandardError.write("\r\u{1B}[K") }
    }

    /// The bar's text for `done` of `total` after `elapsed` seconds.
    static func line(done: Int, total: Int, elapsed: TimeInterval, width: Int = 24) -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var text = "[\(bar)] \(done)/\(total)  " + String(format: "%.1f photos/s", rate)
        if rate > 0 && done < total { text += "  ETA " + clock(Double(total - done) / rate) }
        return text
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
