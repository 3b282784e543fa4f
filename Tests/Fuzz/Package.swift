// swift-tools-version:6.0
// libFuzzer targets for SiftKit. A package of its own, so the root package's `swift build` and
// `swift test` never see it. Build and run with ./run.sh (see README.md); by hand:
//
//   swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --scratch-path ../../.build-fuzz
import Foundation
import PackageDescription

// The package under test: the checkout this folder is in, or SIFT_FUZZ_ROOT (a copy of the
// sources, so that edits made while a long build or run is going on do not get in the way).
let override = Context.environment["SIFT_FUZZ_ROOT"].flatMap { $0.isEmpty ? nil : $0 }
let rootPath = override ?? "../.."
// A path dependency's identity is its folder's name ("main" in one checkout, "sift" in another),
// so work it out instead of spelling it.
let root = override.map { URL(fileURLWithPath: $0) }
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()          // Tests/Fuzz
        .deletingLastPathComponent().deletingLastPathComponent()            // the root package
let rootIdentity = root.standardizedFileURL.lastPathComponent.lowercased()

// No file may have top-level code (libFuzzer's driver is the program): -parse-as-library. SwiftPM
// passes it anyway for a one-file executable target not named main.swift; saying it keeps that
// true if a target grows. `main` itself: see runLibFuzzer in Sources/FuzzSupport.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "sift-fuzz",
    products: [
        .executable(name: "FuzzQuery", targets: ["FuzzQuery"]),
        .executable(name: "FuzzIngest", targets: ["FuzzIngest"]),
        .executable(name: "FuzzNotebook", targets: ["FuzzNotebook"]),
    ],
    dependencies: [
        .package(path: rootPath),
    ],
    targets: [
        // libFuzzer's LLVMFuzzerRunDriver, declared for Swift.
        .target(name: "CFuzzerDriver"),
        // What the three targets share: the entry point, and rendering every kind of output.
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "SiftKit", package: rootIdentity)]),
        .executableTarget(name: "FuzzQuery", dependencies: ["FuzzSupport", .product(name: "SiftKit", package: rootIdentity)],
                          swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzIngest", dependencies: ["FuzzSupport", .product(name: "SiftKit", package: rootIdentity)],
                          swiftSettings: fuzzTarget),
        .executableTarget(name: "FuzzNotebook", dependencies: ["FuzzSupport", .product(name: "SiftKit", package: rootIdentity)],
                          swiftSettings: fuzzTarget),
    ]
)
