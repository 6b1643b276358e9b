import Foundation

/// What the gate decided about one photo.
public enum GateDecision: Sendable, Equatable {
    /// Upload the bytes of `bytesFile` (the original, or a fixed copy) as `contentType`.
    case upload(bytesFile: URL, contentType: String)
    /// Do not upload; `reason` is shown to the user.
    case reject(reason: String)
}

/// Decides whether a photo may be uploaded (the `check`/`fix` pipeline of PhotoPreflight plugs in here).
public protocol PhotoGate: Sendable {
    /// Inspects `file` and returns the decision. Throwing marks the photo failed; the run goes on.
    func prepare(_ file: URL) async throws -> GateDecision
}
