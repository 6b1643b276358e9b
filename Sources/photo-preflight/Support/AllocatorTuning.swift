import CMalloc

/// How the process asks glibc's allocator to keep freed memory for reuse.
///
/// A check allocates and frees buffers of a few megabytes for every photo (the decoded image, its resized
/// copies, the face scan's feature pyramid). With glibc's defaults many of them are mapped afresh and handed
/// back to the kernel when freed, so every photo faults its memory in again page by page: about 30,000 page
/// faults and 0.12 s of system time for twelve 12 MP portraits. With blocks under 16 MiB taken from the heap
/// and up to 64 MiB of free heap kept, that is about 12,000 faults and 0.02 s, for a few MiB more peak memory
/// (figures in the README's Speed section). Only glibc (Linux) has these controls; elsewhere this does nothing.
enum AllocatorTuning {
    /// Blocks at least this large are mapped on their own, and unmapped when freed.
    static let separateMappingBytes: Int32 = 16 << 20
    /// Free memory at the top of a heap beyond this is handed back to the kernel.
    static let keptFreeBytes: Int32 = 64 << 20

    /// Sets both thresholds (both, as setting either turns glibc's own adjustment of the other off). Call it
    /// first thing in `main`.
    static func apply() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, separateMappingBytes)
        _ = mallopt(M_TRIM_THRESHOLD, keptFreeBytes)
        #endif
    }
}
