// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PhotoPreflight",
    products: [
        .library(name: "PhotoPreflight", targets: ["PhotoPreflight"]),
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
        // The core: codecs, pixels, checks and reports. No CLI, terminal or network concerns.
        .target(name: "PhotoPreflight", dependencies: ["CImageCodecs"]),
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
                "PhotoPreflightConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PhotoPreflightTests", dependencies: ["PhotoPreflight", "PhotoPreflightConfig"]),
        .testTarget(name: "PhotoPreflightCLITests", dependencies: ["photo-preflight"]),
    ],
    swiftLanguageModes: [.v6]
)
