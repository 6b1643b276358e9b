// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PhotoPreflight",
    products: [
        .library(name: "PhotoPreflight", targets: ["PhotoPreflight"]),
        .library(name: "HeyGen", targets: ["HeyGen"]),
        .library(name: "PhotoPreflightUpload", targets: ["PhotoPreflightUpload"]),
        .library(name: "HeyGenEmulator", targets: ["HeyGenEmulator"]),
        .executable(name: "photo-preflight", targets: ["photo-preflight"]),
        .executable(name: "heygen-emulator", targets: ["heygen-emulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries, found with pkg-config.
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // The formats `fix` converts to JPEG (HEIC/HEIF, WebP, AVIF) and the colour conversion to sRGB.
        .systemLibrary(name: "CHEIF", pkgConfig: "libheif", providers: [.apt(["libheif-dev"])]),
        .systemLibrary(name: "CWebP", pkgConfig: "libwebp", providers: [.apt(["libwebp-dev"])]),
        .systemLibrary(name: "CWebPDemux", pkgConfig: "libwebpdemux", providers: [.apt(["libwebp-dev"])]),
        // Not through pkg-config: libavif.pc's cflags carry -DAVIF_DLL, which SwiftPM refuses with a warning on
        // every build; the header and library are in the default paths (linked by CImageCodecs).
        .systemLibrary(name: "CAVIF", providers: [.apt(["libavif-dev"])]),
        .systemLibrary(name: "CLCMS2", pkgConfig: "lcms2", providers: [.apt(["liblcms2-dev"])]),
        // Tiny C shims: everything that must longjmp stays in C, and every library failure becomes a status.
        .target(
            name: "CImageCodecs", dependencies: ["CJPEG", "CPNG", "CHEIF", "CWebP", "CWebPDemux", "CAVIF", "CLCMS2"],
            linkerSettings: [.linkedLibrary("avif")]  // CAVIF has no pkg-config flags to carry it
        ),
        // What must exist once in the package: the atomic file writer, bounded concurrency, number text, the
        // JSON encoder set-up, and the tool's name and version. Used by the core, the HeyGen client and the CLI.
        .target(name: "PreflightSupport"),
        // The core: codecs, pixels, checks (face rules included) and reports. No CLI, terminal or network
        // concerns, and no dlib: a face detector is plugged in through `FaceDetecting`.
        .target(name: "PhotoPreflight", dependencies: ["CImageCodecs", "PreflightSupport"]),
        // dlib's HOG face detector behind a tiny extern "C" API. -O2 even in debug builds: dlib's scanner is
        // header templates compiled here, ~70x slower at -O0. Needs: libdlib-dev libblas-dev liblapack-dev.
        // That flag is why `PhotoPreflightFaces` is not among the products: SwiftPM refuses unsafeFlags in a
        // package used as a dependency, and without it a debug build's detector is unusably slow.
        .target(
            name: "CDlibFaceShim",
            cxxSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("dlib"), .linkedLibrary("lapack"), .linkedLibrary("blas")]
        ),
        .target(name: "PhotoPreflightFaces", dependencies: ["PhotoPreflight", "CDlibFaceShim", "PreflightSupport"]),
        // `.photo-preflight.yml`: finding, parsing and validating the config file (YAML via Yams).
        .target(
            name: "PhotoPreflightConfig",
            dependencies: ["PhotoPreflight", .product(name: "Yams", package: "Yams")]
        ),
        // The HeyGen client over libcurl: typed v2 and v3 APIs, retries, waiters and the resumable uploader.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "CCurlShim", dependencies: ["CCurl"]),
        .target(
            name: "HeyGen",
            dependencies: [
                "CCurl", "CCurlShim", "PreflightSupport", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Checked uploads: the check/fix gate, photo selection, the state-file policy and the report's text.
        .target(name: "PhotoPreflightUpload", dependencies: ["PhotoPreflight", "HeyGen", "PreflightSupport"]),
        // A local HeyGen for tests and the offline sandbox (SwiftNIO HTTP/1 on 127.0.0.1).
        .target(
            name: "HeyGenEmulator",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "heygen-emulator",
            dependencies: ["HeyGenEmulator", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // glibc's mallopt, which the tool calls first thing (see AllocatorTuning).
        .systemLibrary(name: "CMalloc"),
        // The thin command-line tool.
        .executableTarget(
            name: "photo-preflight",
            dependencies: [
                "CMalloc",
                "PhotoPreflight",
                "PhotoPreflightFaces",
                "PhotoPreflightConfig",
                "HeyGen",
                "PhotoPreflightUpload",
                "PreflightSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "face-bench", dependencies: ["PhotoPreflight", "PhotoPreflightFaces"]),
        // One entry point per parser of untrusted bytes (decoders, sniffer, EXIF, stripper, `fix`, the config
        // file, HeyGen responses, the emulator's HTTP input). `scripts/fuzz` builds `photo-preflight-fuzz` under
        // libFuzzer and the sanitizers; built normally, it replays inputs, and PreflightFuzzingTests replays
        // every kept finding in Fixtures/fuzz.
        .target(
            name: "PreflightFuzzing",
            dependencies: [
                "PhotoPreflight", "PhotoPreflightConfig", "HeyGen", "HeyGenEmulator", "PreflightSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(name: "photo-preflight-fuzz", dependencies: ["PreflightFuzzing"]),
        // What every test target shares: the one command runner, repository and corpus locations, the TSV
        // reader, and HeyGen fakes (scripted transport, fake clock).
        .target(name: "TestSupport", dependencies: ["HeyGen"], path: "Tests/TestSupport"),
        .testTarget(name: "PreflightSupportTests", dependencies: ["PreflightSupport", "TestSupport"]),
        .testTarget(
            name: "PhotoPreflightTests", dependencies: ["PhotoPreflight", "PhotoPreflightConfig", "TestSupport"]),
        .testTarget(
            name: "PhotoPreflightConfigTests", dependencies: ["PhotoPreflight", "PhotoPreflightConfig", "TestSupport"]),
        .testTarget(
            name: "PhotoPreflightFacesTests", dependencies: ["PhotoPreflight", "PhotoPreflightFaces", "TestSupport"]),
        .testTarget(name: "PhotoPreflightCLITests", dependencies: ["photo-preflight", "TestSupport"]),
        .testTarget(name: "HeyGenTests", dependencies: ["HeyGen", "TestSupport"]),
        .testTarget(
            name: "PhotoPreflightUploadTests", dependencies: ["PhotoPreflightUpload", "HeyGen", "TestSupport"]),
        .testTarget(name: "HeyGenEmulatorTests", dependencies: ["HeyGen", "HeyGenEmulator", "TestSupport"]),
        .testTarget(name: "PreflightFuzzingTests", dependencies: ["PreflightFuzzing", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
