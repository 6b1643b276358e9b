import Foundation
import PreflightFuzzing

// Built by scripts/fuzz (-DFUZZING, -sanitize=fuzzer): hands control to libFuzzer's driver, which calls the
// target named by PPF_FUZZ_TARGET with each input. Built normally: replays files through a target,
// `photo-preflight-fuzz TARGET FILE...`, uninstrumented.

#if FUZZING
/// libFuzzer's entry point for programs with their own `main` (compiler-rt's FuzzerInterface.h).
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The target named by PPF_FUZZ_TARGET, read once before the driver starts.
private let fuzzTarget: FuzzTarget? = FuzzTarget(
    rawValue: ProcessInfo.processInfo.environment["PPF_FUZZ_TARGET"] ?? "")

/// One input, as libFuzzer's driver hands it over (also found by name when libFuzzer's own `main` runs).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let fuzzTarget else { FuzzEntry.usage("PPF_FUZZ_TARGET must be one of") }
    fuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#endif

@main
struct FuzzEntry {
    static func main() {
        #if FUZZING
        guard fuzzTarget != nil else { usage("PPF_FUZZ_TARGET must be one of") }
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            usage("usage: photo-preflight-fuzz TARGET FILE..., TARGET one of")
        }
        for path in arguments.dropFirst() {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            target.run([UInt8](bytes))
            print("\(path): ok")
        }
        #endif
    }

    static func usage(_ text: String) -> Never {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("\(text): \(names)\n".utf8))
        exit(2)
    }
}
