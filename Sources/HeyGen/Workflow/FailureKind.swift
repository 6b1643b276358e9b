/// How the uploader treats an error from one step.
enum FailureKind {
    /// Stop the whole run (bad key, network down, state file unwritable, cancelled).
    case fatal
    /// The server may or may not have acted (5xx, dropped connection, timeout, a 2xx whose body does not
    /// decode): reconcile, then retry.
    case unknownOutcome
    /// This item failed; carry on with the others.
    case itemFailed

    init(_ error: any Error) {
        switch error {
        case let error as HeyGenError:
            switch error {
            case .api(let api) where api.isAuthenticationFailure: self = .fatal
            case .api(let api) where api.httpStatus >= 500: self = .unknownOutcome
            case .transport(let transport) where transport.requestNeverSent: self = .fatal
            case .transport(.unreadableFile): self = .itemFailed
            case .transport, .unexpectedResponse: self = .unknownOutcome
            default: self = .itemFailed
            }
        case is ManifestError, is CancellationError: self = .fatal
        default: self = .itemFailed
        }
    }
}
