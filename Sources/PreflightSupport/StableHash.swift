/// A 64-bit FNV-1a hash: the same bytes give the same value on every machine, process and run (unlike
/// `Hasher`, which is seeded per process). Used where a value must be reproducible: the shard a photo belongs
/// to, the checksum of a cached detector. Not a cryptographic hash.
package enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The FNV-1a hash of `bytes`.
    package static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// The FNV-1a hash of the UTF-8 bytes of `text`.
    package static func fnv1a64(_ text: String) -> UInt64 {
        fnv1a64(text.utf8)
    }
}
