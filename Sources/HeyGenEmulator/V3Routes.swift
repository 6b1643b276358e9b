/// v3 routes (issue 6).
extension EmulatorModel {
    mutating func runV3(
        _ route: Route, _ request: EmulatorRequest, owner: String, now: ContinuousClock.Instant
    )
        -> EmulatorReply
    {
        .html(404, "404 Not Found")
    }
}
