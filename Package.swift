// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PhotoPreflight",
    products: [
        .library(name: "PhotoPreflight", targets: ["PhotoPreflight"]),
        .library(name: "PhotoPreflightFaces", targets: ["PhotoPreflightFaces"]),
        .executable(name: "photo-preflight", targets: ["photo-preflight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries, found with pkg-config.
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // Tiny C shims: everything that must longjmp stays in C.
        .target(name: "CImageCodecs", dependencies: ["CJPEG", "CPNG"]),
        // The core: codecs, pixels, checks (face rules included) and reports. No CLI, terminal or network
        // concerns, and no dlib: a face detector is plugged in through `FaceDetecting`.
        .target(name: "PhotoPreflight", dependencies: ["CImageCodecs"]),
        // dlib's HOG face detector behind a tiny extern "C" API. -O2 even in debug builds: dlib's scanner is
        // header templates compiled here, ~70x slower at -O0. Needs: libdlib-dev libblas-dev liblapack-dev.
        .target(
            name: "CDlibFaceShim",
            cxxSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("dlib"), .linkedLibrary("lapack"), .linkedLibrary("blas")]
        ),
        .target(name: "PhotoPreflightFaces", dependencies: ["PhotoPreflight", "CDlibFaceShim"]),
        // `.photo-preflight.yml`: finding, parsing and validating the config file (YAML via Yams).
        .target(
            name: "PhotoPreflightConfig",
            dependencies: ["PhotoPreflight", .product(name: "Yams", package: "Yams")]
        ),
        // The thin command-line tool.
        .executableTarget(
            name: "photo-preflight",
            dependencies: [
                "PhotoPreflight",
                "PhotoPreflightFaces",
                "PhotoPreflightConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "face-bench", dependencies: ["PhotoPreflight", "PhotoPreflightFaces"]),
        .testTarget(name: "PhotoPreflightTests", dependencies: ["PhotoPreflight", "PhotoPreflightConfig"]),
        .testTarget(name: "PhotoPreflightFacesTests", dependencies: ["PhotoPreflight", "PhotoPreflightFaces"]),
        .testTarget(name: "PhotoPreflightCLITests", dependencies: ["photo-preflight"]),
    ],
    swiftLanguageModes: [.v6]
)
