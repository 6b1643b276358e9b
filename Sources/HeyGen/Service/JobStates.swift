extension VideoStatus {
    /// Where the video stands, for a ``Waiter``. A `completed` video that carries an error is a failure.
    public var state: JobState {
        let state = StatusAcceptor.state(of: status, message: failureMessage)
        if state == .done, let failureMessage, !failureMessage.isEmpty {
            return .failed(status: status.lowercased(), message: failureMessage)
        }
        return state
    }
}

extension GenerationStatus {
    /// Where the generation stands, for a ``Waiter``.
    public var state: JobState { StatusAcceptor.state(of: status, message: message) }
}

extension TrainingStatus {
    /// Where the training stands, for a ``Waiter``.
    public var state: JobState { StatusAcceptor.state(of: status, message: errorMessage) }
}

extension PhotoAvatar {
    /// Where the photo avatar stands (failures carry the moderation message).
    public var state: JobState { StatusAcceptor.state(of: status, message: moderationMessage) }
}
