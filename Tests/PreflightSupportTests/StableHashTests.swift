import PreflightSupport
import Testing

struct StableHashTests {
    /// The published FNV-1a 64-bit test vectors: the value never depends on the process or the machine.
    @Test(arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
    ])
    func matchesTheFNV1a64TestVectors(text: String, expected: UInt64) {
        #expect(StableHash.fnv1a64(text) == expected)
        #expect(StableHash.fnv1a64(Array(text.utf8)) == expected)
        // A sequence without contiguous storage takes the element-by-element path.
        #expect(StableHash.fnv1a64(text.utf8.lazy.map { $0 }) == expected)
    }
}
