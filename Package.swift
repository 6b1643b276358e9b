// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PhotoPreflight",
    products: [
        .library(name: "PhotoPreflightFaces", targets: ["PhotoPreflightFaces"])
    ],
    targets: [
        // dlib's HOG face detector behind a tiny extern "C" API. -O2 even in debug builds: dlib's scanner is
        // header templates compiled here, ~70x slower at -O0. Needs: libdlib-dev libblas-dev liblapack-dev.
        .target(
            name: "CDlibFaceShim",
            cxxSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("dlib"), .linkedLibrary("lapack"), .linkedLibrary("blas")]
        ),
        .target(
            name: "PhotoPreflightFaces",
            dependencies: ["CDlibFaceShim"]
        ),
        .executableTarget(
            name: "face-bench",
            dependencies: ["PhotoPreflightFaces"]
        ),
        .testTarget(
            name: "PhotoPreflightFacesTests",
            dependencies: ["PhotoPreflightFaces"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
