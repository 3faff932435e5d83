// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "swift-cdk",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CDK", targets: ["CDK"]),
        .library(name: "CDKAssertions", targets: ["CDKAssertions"]),
        // The command line tool: synth, ls, diff, init.
        .executable(name: "swift-cdk", targets: ["swift-cdk"]),
        // The diff library of the swift-cdk command line tool.
        .library(name: "CDKDiff", targets: ["CDKDiff"]),
        // The generated low-level (L1) types, one library per service namespace (Scripts/update-resource-types).
        // BEGIN GENERATED SERVICE PRODUCTS
        // END GENERATED SERVICE PRODUCTS
    ],
    dependencies: [
        // Only for the swift-cdk command line tool; the CDK core stays dependency-free.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The dependency-free core: construct tree, tokens, stacks, references and synthesis.
        .target(name: "CDK"),
        .testTarget(name: "CDKTests", dependencies: ["CDK"]),
        // Test helpers: template assertions, matchers, snapshots, validation and cfn-lint.
        .target(name: "CDKAssertions", dependencies: ["CDK"]),
        .testTarget(name: "CDKAssertionsTests", dependencies: ["CDKAssertions", "CDK"], exclude: ["__Snapshots__"]),
        // Samples: real apps to copy.
        .target(name: "HelloApp", dependencies: ["CDK"], path: "Samples/Hello/HelloApp"),
        .executableTarget(name: "hello-cdk", dependencies: ["HelloApp", "CDK"], path: "Samples/Hello/hello-cdk"),
        .testTarget(name: "SampleTests", dependencies: ["HelloApp", "CDK", "CDKAssertions"], exclude: ["__Snapshots__"]),
        // Swift ports of the reference apps in ../shared/conformance, one file per case.
        .executableTarget(name: "ConformancePorts", dependencies: ["CDK"], path: "Conformance"),
        // The generator of the low-level layer: the logic in a library, a thin command line tool.
        .target(name: "CDKGeneratorCore", path: "Sources/CDKGeneratorCore"),
        .executableTarget(name: "cdk-gen", dependencies: ["CDKGeneratorCore"], path: "Sources/CDKGenerator"),
        .testTarget(name: "CDKGeneratorTests", dependencies: ["CDKGeneratorCore"]),
        // Template and assembly diff (impacts, IAM and security group changes, renames, exports in use).
        .target(name: "CDKDiff", dependencies: ["CDK"]),
        .testTarget(name: "CDKDiffTests", dependencies: ["CDKDiff", "CDK"]),
        // The swift-cdk command line tool: the commands in a library (tested in-process), a thin executable.
        .target(name: "CDKCLI", dependencies: [
            "CDK", "CDKDiff",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "swift-cdk", dependencies: ["CDKCLI"], path: "Sources/swift-cdk"),
        .testTarget(name: "CLITests", dependencies: ["CDKCLI", "CDKDiff", "CDK", "swift-cdk"]),
        // The generated low-level (L1) types, one module per service namespace (Scripts/update-resource-types).
        // BEGIN GENERATED SERVICE TARGETS
        // END GENERATED SERVICE TARGETS
    ],
    swiftLanguageModes: [.v6]
)
