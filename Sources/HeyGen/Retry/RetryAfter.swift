import Foundation

/// Parses `Retry-After`: delta seconds (`"3"`) or an HTTP-date (`"Sun, 06 Nov 1994 08:49:37 GMT"`).
public enum RetryAfter {
    /// The longest wait read from the header, in seconds (about 31 years): a longer one reads as this, since
    /// the retry policy's own cap applies long before. Without it "1e308" overflowed the conversion to
    /// milliseconds and stopped the process (found by fuzzing; Fixtures/fuzz/retry-after).
    public static let longestSeconds = 1e9

    /// The wait the header asks for, measured from `now`; nil when absent or unreadable. Never negative,
    /// never longer than ``longestSeconds``.
    public static func parse(_ value: String?, now: Date = Date()) -> Duration? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = Double(text), seconds.isFinite, seconds >= 0 {
            return .milliseconds(Int64(min(seconds, longestSeconds) * 1000))
        }
        guard let date = httpDate(text) else { return nil }
        return .milliseconds(Int64(min(max(0, date.timeIntervalSince(now)), longestSeconds) * 1000))
    }

    private static let dayNames = ["Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,"]
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// An IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7), read strictly as ASCII. Not through
    /// `DateFormatter`: Foundation's stops the process on some non-ASCII text (found by fuzzing;
    /// Fixtures/fuzz/retry-after).
    static func httpDate(_ text: String) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 6, dayNames.contains(String(parts[0])), parts[5] == "GMT",
            let day = number(parts[1], digits: 2), (1...31).contains(day),
            let month = monthNames.firstIndex(of: String(parts[2])), let year = number(parts[3], digits: 4)
        else { return nil }
        let clock = parts[4].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, let hour = number(clock[0], digits: 2), let minute = number(clock[1], digits: 2),
            let second = number(clock[2], digits: 2), hour < 24, minute < 60, second <= 60
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT") ?? .current
        return calendar.date(
            from: DateComponents(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second))
    }

    /// The value of exactly `digits` ASCII digits.
    private static func number(_ text: Substring, digits: Int) -> Int? {
        guard text.utf8.count == digits, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }
}
