extension VideoStatus {
    /// Where the video stands, for a ``Waiter``.
    public var state: JobState { StatusAcceptor.state(of: status, message: failureMessage) }
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
