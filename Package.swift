// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PhotoPreflight",
    products: [
        .library(name: "PhotoPreflight", targets: ["PhotoPreflight"]),
        .executable(name: "photo-preflight", targets: ["photo-preflight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // System libraries, found with pkg-config.
        .systemLibrary(name: "CJPEG", pkgConfig: "libjpeg", providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        // Tiny C shims: everything that must longjmp stays in C.
        .target(name: "CImageCodecs", dependencies: ["CJPEG", "CPNG"]),
        // The core: codecs, pixels, checks and reports. No CLI, terminal or network concerns.
        .target(name: "PhotoPreflight", dependencies: ["CImageCodecs"]),
        // The thin command-line tool.
        .executableTarget(
            name: "photo-preflight",
            dependencies: [
                "PhotoPreflight",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PhotoPreflightTests", dependencies: ["PhotoPreflight"]),
        .testTarget(name: "PhotoPreflightCLITests", dependencies: ["photo-preflight"]),
    ],
    swiftLanguageModes: [.v6]
)
