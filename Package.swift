// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "swift-cdk",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CDK", targets: ["CDK"]),
        .library(name: "CDKAssertions", targets: ["CDKAssertions"]),
        // The diff library of the swift-cdk command line tool.
        .library(name: "CDKDiff", targets: ["CDKDiff"]),
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
        // Template and assembly diff (impacts, IAM and security group changes, renames, exports in use).
        .target(name: "CDKDiff", dependencies: ["CDK"]),
        .testTarget(name: "CDKDiffTests", dependencies: ["CDKDiff", "CDK"]),
    ],
    swiftLanguageModes: [.v6]
)
