extension Waiter {
    /// The waiter of a command's `--wait` flag: polls every 2 s, growing to 30 s, for at most `seconds`.
    public static func forCommand(seconds: Int) -> Waiter {
        Waiter(policy: WaitPolicy(interval: .seconds(2), maxInterval: .seconds(30), deadline: .seconds(seconds)))
    }
}
