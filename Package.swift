// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PhotoPreflight",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "HeyGen", targets: ["HeyGen"]),
        .library(name: "HeyGenEmulator", targets: ["HeyGenEmulator"]),
        .executable(name: "heygen-emulator", targets: ["heygen-emulator"]),
        .executable(name: "photo-preflight", targets: ["photo-preflight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(name: "CCurlShim", dependencies: ["CCurl"]),
        .target(
            name: "HeyGen",
            dependencies: [
                "CCurl",
                "CCurlShim",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
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
            dependencies: [
                "HeyGenEmulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "photo-preflight",
            dependencies: [
                "HeyGen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HeyGenTests", dependencies: ["HeyGen"]),
        .testTarget(
            name: "HeyGenEmulatorTests",
            dependencies: ["HeyGen", "HeyGenEmulator"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
