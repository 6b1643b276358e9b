import Foundation
// Times dlib face detection on one raw 8-bit grayscale image (no header, row-major, stride == width).
// Usage: face-bench FILE WIDTH HEIGHT [RUNS [SCALE_TO_ORIGINAL]]. Prints tab-separated `key value` lines; used by scripts/bench-face.
import PhotoPreflight
import PhotoPreflightFaces

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Minimum and median wall time of `runs` calls, in milliseconds, and the last result.
func timed(
    _ runs: Int, _ body: () throws -> [DetectedFace]
) throws -> (minimum: Double, median: Double, faces: [DetectedFace]) {
    let clock = ContinuousClock()
    var times: [Double] = []
    var faces: [DetectedFace] = []
    for _ in 0..<runs {
        let before = clock.now
        faces = try body()
        times.append(milliseconds(clock.now - before))
    }
    times.sort()
    return (times[0], times[times.count / 2], faces)
}

func run(_ arguments: [String]) throws -> Int32 {
    guard arguments.count >= 3, let width = Int(arguments[1]), let height = Int(arguments[2]) else {
        FileHandle.standardError.write(Data("usage: face-bench FILE WIDTH HEIGHT [RUNS [SCALE_TO_ORIGINAL]]\n".utf8))
        return 64
    }
    let runs = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 5) : 5
    let pixels = [UInt8](try Data(contentsOf: URL(fileURLWithPath: arguments[0])))
    let clock = ContinuousClock()
    let start = clock.now
    let detector = DlibFaceDetector()
    try detector.prepare()
    print("init_ms\t\(milliseconds(clock.now - start))")
    let full = try timed(runs) { try detector.detect(width: width, height: height, pixels: pixels) }
    let search = try timed(runs) { try detector.findFaces(width: width, height: height, pixels: pixels) }
    print("full_scan_min_ms\t\(full.minimum)")
    print("full_scan_median_ms\t\(full.median)")
    print("search_min_ms\t\(search.minimum)")
    print("search_median_ms\t\(search.median)")
    print("faces\t\(search.faces.count)")
    for face in search.faces {
        let box = face.box
        print(
            "face\t\(Int(box.x)) \(Int(box.y)) \(Int(box.width))x\(Int(box.height)) \(face.score) \(face.pose.rawValue)"
        )
    }
    let scale = arguments.count > 4 ? Double(arguments[4]) ?? 1 : 1
    let faces = FaceFacts(working: search.faces, workingWidth: width, workingHeight: height, scaleToOriginal: scale)
    for finding in RuleRegistry.evaluateFaceRules(faces) {
        print("finding\t\(finding.rule)\t\(finding.severity.rawValue)\t\(finding.message)")
    }
    return 0
}

do {
    exit(try run(Array(CommandLine.arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("face-bench: \(error)\n".utf8))
    exit(1)
}
