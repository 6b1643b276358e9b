/// Finds the highest JPEG quality whose output fits a byte budget, by bisection.
///
/// Assumes output size grows with quality (true for libjpeg's scaled quantisation tables, up to rare
/// one-byte wobbles). The ceiling is tried first, as most photos fit at once.
struct QualitySearch {
    /// The qualities searched, floor...ceiling.
    var range: ClosedRange<Int>
    /// The byte budget.
    var maxBytes: Int

    /// The best fitting encode, or nil with the smallest size seen when even the floor does not fit.
    struct Outcome {
        var quality: Int
        var bytes: [UInt8]
        /// Encodes made to find it.
        var attempts: Int
    }

    /// Calls `encode` with candidate qualities; returns the highest that fits, or the floor's size on failure.
    func run(_ encode: (Int) throws -> [UInt8]) rethrows -> Result<Outcome, QualitySearchFailure> {
        var attempts = 1
        let top = try encode(range.upperBound)
        if top.count <= maxBytes { return .success(Outcome(quality: range.upperBound, bytes: top, attempts: attempts)) }
        var best: Outcome?
        var low = range.lowerBound, high = range.upperBound - 1
        var floorSize: Int?
        while low <= high {
            let middle = (low + high + 1) / 2
            let bytes = try encode(middle)
            attempts += 1
            if middle == range.lowerBound { floorSize = bytes.count }
            if bytes.count <= maxBytes {
                best = Outcome(quality: middle, bytes: bytes, attempts: attempts)
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        if var best {
            best.attempts = attempts
            return .success(best)
        }
        return .failure(QualitySearchFailure(floor: range.lowerBound, floorBytes: floorSize ?? top.count))
    }
}

/// Even the lowest allowed quality does not fit the budget.
struct QualitySearchFailure: Error {
    var floor: Int
    var floorBytes: Int
}
