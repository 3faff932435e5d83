// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "swift-cdk",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CDK", targets: ["CDK"]),
    ],
    targets: [
        // The dependency-free core: construct tree, tokens, stacks, references and synthesis.
        .target(name: "CDK"),
        .testTarget(name: "CDKTests", dependencies: ["CDK"]),
        // Swift ports of the reference apps in ../shared/conformance, one file per case.
        .executableTarget(name: "ConformancePorts", dependencies: ["CDK"], path: "Conformance"),
    ],
    swiftLanguageModes: [.v6]
)
