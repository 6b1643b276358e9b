/// Why the landmark model could not be loaded or run. The photo is then checked without landmarks.
public enum LandmarkModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The model file is not there (install Debian's `libdlib-data`).
    case modelMissing(path: String)
    /// dlib could not read the model file, or its shape is not one the evaluator supports.
    case modelUnreadable(path: String, reason: String)
    /// The image or face box given to the locator is not valid.
    case invalidInput(String)
    /// The locator ran out of memory or failed inside C++.
    case failure(String)

    public var description: String {
        switch self {
        case .modelMissing(let path):
            "landmark model \(path) is missing (install Debian's libdlib-data); pose, eye, mouth and lighting "
                + "rules are skipped"
        case .modelUnreadable(let path, let reason):
            "landmark model \(path) cannot be read (\(reason)); pose, eye, mouth and lighting rules are skipped"
        case .invalidInput(let reason): "invalid input for landmarks: \(reason)"
        case .failure(let reason): "landmark locator failed: \(reason)"
        }
    }
}
