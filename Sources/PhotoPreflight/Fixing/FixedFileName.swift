/// Names of fixed copies: the original name, with the extension changed only when the format changed.
public enum FixedFileName {
    /// `name` (a file name or relative path) for a copy in `format`: kept when its extension already suits
    /// the format, else with `.jpg` or `.png` in place of the old extension (or appended).
    public static func name(for name: String, format: ImageFormat) -> String {
        let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        let base = name[slash...]
        let dot = base.lastIndex(of: ".").flatMap { $0 == base.startIndex ? nil : $0 }
        let currentExtension = dot.map { String(base[base.index(after: $0)...]).lowercased() } ?? ""
        if format.usualExtensions.contains(currentExtension) { return name }
        let stem = dot.map { String(name[..<$0]) } ?? name
        return stem + (format == .png ? ".png" : ".jpg")
    }
}
