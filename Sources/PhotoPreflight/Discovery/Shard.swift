internal import PreflightSupport

/// One of `count` deterministic shares of a set of photos (`--shard K/N`), so that N machines check or fix
/// a large folder together, each taking its share.
///
/// A photo belongs to shard `hash(relativePath) mod count + 1`, where the hash is 64-bit FNV-1a of the UTF-8
/// path relative to the folder it was found in (``PhotoFile/relativePath``). The share depends only on that
/// path: not on the order, the other files or the machine, so adding photos never moves existing ones between
/// shards, and the `count` shards of one collection partition it exactly.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// This shard's number, 1…``count``.
    public let index: Int
    /// How many shards there are, at least 1.
    public let count: Int

    /// Shard `index` of `count`; `nil` unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, e.g. `2/4`; `nil` for anything else or K outside 1…N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// The shard, 1…`count`, that the photo at `relativePath` belongs to.
    public static func number(of relativePath: String, count: Int) -> Int {
        Int(StableHash.fnv1a64(relativePath) % UInt64(max(1, count))) + 1
    }

    /// Whether `file` is in this shard.
    public func contains(_ file: PhotoFile) -> Bool {
        Self.number(of: file.relativePath, count: count) == index
    }

    /// The files of this shard, in their order.
    public func select(_ files: [PhotoFile]) -> [PhotoFile] {
        files.filter(contains)
    }
}
