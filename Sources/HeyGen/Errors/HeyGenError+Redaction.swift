extension HeyGenError {
    /// The same error with every occurrence of `key` in its texts (HeyGen's message, a proxy's page, a
    /// libcurl message) replaced by `<redacted>`.
    func redacting(_ key: APIKey) -> HeyGenError {
        switch self {
        case .api(var error):
            error.message = key.redact(error.message)
            error.param = error.param.map(key.redact)
            return .api(error)
        case .transport(let error): return .transport(error.redacting(key))
        case .invalidRequest(let text): return .invalidRequest(key.redact(text))
        case .unexpectedResponse(let text): return .unexpectedResponse(key.redact(text))
        case .jobFailed(let status, let message): return .jobFailed(status: status, message: key.redact(message))
        case .waitTimedOut(let status): return .waitTimedOut(lastStatus: key.redact(status))
        case .unsupported(let text): return .unsupported(key.redact(text))
        }
    }
}

extension TransportError {
    /// The same error with `key` redacted from its text.
    func redacting(_ key: APIKey) -> TransportError {
        switch self {
        case .connectFailed(let text): .connectFailed(key.redact(text))
        case .connectionDropped(let text): .connectionDropped(key.redact(text))
        case .timedOut(let text): .timedOut(key.redact(text))
        case .responseTooLarge: self
        case .tls(let text): .tls(key.redact(text))
        case .unreadableFile(let text): .unreadableFile(key.redact(text))
        case .other(let code, let text): .other(code: code, message: key.redact(text))
        }
    }
}
