// swift-tools-version:6.0
// A Swift program that uses SiftKit as any other package would: a package of its own, depending
// on sift by path, so it sees SiftKit's public API and nothing else (not the `package` parts the
// sift command shares). .ci/run builds it and runs it on the bundled samples.
//
//   swift build --package-path Examples
//   Examples/.build/debug/who-is-quoted [FILE|FOLDER…]
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name ("sift" in a clone of that name, "main" in
// another), so work it out instead of spelling it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.standardizedFileURL.lastPathComponent.lowercased()

let package = Package(
    name: "sift-examples",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Who the articles quote, with the words and the roles they are given; the names they name most.
        .executableTarget(name: "who-is-quoted", dependencies: [.product(name: "SiftKit", package: rootIdentity)]),
    ]
)
