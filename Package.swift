// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sift",
    products: [
        .library(name: "SiftKit", targets: ["SiftKit"]),
        .executable(name: "sift", targets: ["sift"]),
        .executable(name: "sift-bench", targets: ["sift-bench"]),
        .executable(name: "sift-train", targets: ["sift-train"]),
    ],
    dependencies: [
        // Markdown notes in the HTML export.
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0"),
        // sift's and sift-bench's command lines, help and shell completion scripts.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // SiftKit's documentation: `swift package generate-documentation --target SiftKit` (README
        // "Using SiftKit from Swift"). A command plugin only: nothing of it is linked into sift.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
    ],
    targets: [
        // libedit, found through pkg-config; Debian's package is libedit-dev.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        // The engine: ingest, extraction, query, rendering. Never prints, never reads the terminal.
        .target(
            name: "SiftKit",
            dependencies: [.product(name: "Ink", package: "Ink")],
            exclude: ["Lexicons/Generated/LICENSES.md", "Lexicons/Generated/LICENSES-CommonWords.md"],
            resources: [
                // The bundled sample articles, compiled into the binary (`Samples.swift`).
                .embedInCode("Samples/herald-flood.txt"),
                .embedInCode("Samples/herald-council.txt"),
                .embedInCode("Samples/wire-flood.txt"),
                .embedInCode("Samples/wire-followup.txt"),
            ]
        ),
        .executableTarget(
            name: "sift",
            dependencies: ["SiftKit", "LineEditor", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The benchmark (build with -c release; see README "Performance").
        .executableTarget(
            name: "sift-bench",
            dependencies: ["SiftKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Trains the speaker chooser on PolNeAR and writes its generated weights (README "Training").
        .executableTarget(name: "sift-train", dependencies: ["SiftKit"]),
        .testTarget(
            name: "SiftKitTests",
            dependencies: ["SiftKit"]
        ),
        .testTarget(
            name: "SiftCLITests",
            dependencies: ["sift", "sift-bench", "SiftKit"]
        ),
    ]
)
