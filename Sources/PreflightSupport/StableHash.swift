/// A 64-bit FNV-1a hash: the same bytes give the same value on every machine, process and run (unlike
/// `Hasher`, which is seeded per process). Used where a value must be reproducible: the shard a photo belongs
/// to, the checksum of a cached detector. Not a cryptographic hash.
package enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The FNV-1a hash of `bytes`.
    package static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        // Contiguous bytes (an array, `Data`) are hashed through a concrete buffer: this generic loop is not
        // specialised across modules, and took milliseconds for the 155 KB detector cache at every start.
        if let hash = bytes.withContiguousStorageIfAvailable(fnv1a64(buffer:)) { return hash }
        var hash = offsetBasis
        for byte in bytes { hash = mixing(hash, byte) }
        return hash
    }

    private static func fnv1a64(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in buffer { hash = mixing(hash, byte) }
        return hash
    }

    /// One FNV-1a step.
    private static func mixing(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// The FNV-1a hash of the UTF-8 bytes of `text`.
    package static func fnv1a64(_ text: String) -> UInt64 {
        fnv1a64(text.utf8)
    }
}
