import Foundation

/// The files of a new app that `swift-cdk init` writes.
struct NewProject {
    /// Where the library comes from.
    enum Dependency {
        /// A local checkout.
        case path(String)
        /// A git repository and the version to start from.
        case url(String, version: String)
    }

    /// The checkout of the library this tool was built from, when it still exists: new apps
    /// depend on it unless `--library-path` or `--library-url` says otherwise.
    static var builtFromCheckout: String? {
        // Sources/CDKCLI/Project/NewProject.swift -> the checkout's root.
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let root = url.standardizedFileURL.path
        let manifest = (try? String(contentsOfFile: root + "/Package.swift", encoding: .utf8)) ?? ""
        return manifest.contains("name: \"swift-cdk\"") && FileManager.default.fileExists(atPath: root + "/Sources/CDK") ? root : nil
    }

    /// The library's git URL when no `--library-path` is given.
    static let defaultLibraryURL = "https://github.com/swift-cdk/swift-cdk.git"
    /// The version of the library that new apps start from.
    static let defaultLibraryVersion = ToolVersion.library

    /// The app name (`MyInfra`): the executable, with `<name>Stacks` and `<name>Tests`.
    let name: String
    /// The package name (the folder's name).
    let packageName: String
    /// The library dependency.
    let dependency: Dependency

    /// `my-infra` -> `MyInfra`.
    static func appName(fromFolder folder: String) throws -> String {
        let words = folder.split { !$0.isLetter && !$0.isNumber }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = name.first, first.isLetter else {
            throw CLIError("Cannot make an app name from the folder name '\(folder)': pass --name MyInfra.")
        }
        return name
    }

    /// Whether `name` is a plain Swift identifier.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// The package identity SwiftPM gives the dependency (its last path component).
    var packageIdentity: String {
        switch dependency {
        case .path(let path): return String(path.split(separator: "/").last ?? "swift-cdk")
        case .url(let url, _):
            let last = url.split(separator: "/").last.map(String.init) ?? "swift-cdk"
            return last.hasSuffix(".git") ? String(last.dropLast(4)) : last
        }
    }

    /// Every file, by path relative to the app's folder.
    var files: [(path: String, contents: String)] {
        let starter = StarterApp(name: name)
        return [
            ("Package.swift", packageManifest),
            ("Sources/\(name)Stacks/StorageStack.swift", starter.storageStack),
            ("Sources/\(name)Stacks/ComputeStack.swift", starter.computeStack),
            ("Sources/\(name)/main.swift", starter.main),
            ("Tests/\(name)Tests/StackTests.swift", starter.tests),
            ("Tests/\(name)Tests/__Snapshots__/README.md", "Snapshots of the templates, recorded by `assertSnapshot` on the first `swift test`: commit them.\n"),
            ("cdk.json", starter.cdkJSON),
            (".gitignore", ".build/\n.swiftpm/\ncdk.out/\n.cdk.out.synth-*/\n"),
            ("README.md", starter.readme),
        ]
    }

    private var packageManifest: String {
        let dependencyLine: String
        switch dependency {
        case .path(let path): dependencyLine = ".package(path: \(literal(path)))"
        case .url(let url, let version): dependencyLine = ".package(url: \(literal(url)), from: \(literal(version)))"
        }
        let package = literal(packageIdentity)
        return """
            // swift-tools-version: 6.0
            import PackageDescription

            // The library's modules this app uses. To use another service, add its product here
            // (CDK<Service>: "CDKDynamoDB", "CDKSNS", ... as in `import CDKDynamoDB`).
            let cdk: [Target.Dependency] = ["CDK", "CDKS3", "CDKLambda", "CDKSQS"].map {
                .product(name: $0, package: \(package))
            }

            let package = Package(
                name: \(literal(packageName)),
                platforms: [.macOS(.v13)],
                dependencies: [
                    \(dependencyLine),
                ],
                targets: [
                    // The stacks, in a library so that the tests can build them.
                    .target(name: "\(name)Stacks", dependencies: cdk),
                    // The app: swift-cdk synth builds and runs it (cdk.json says `swift run \(name)`).
                    .executableTarget(name: "\(name)", dependencies: ["\(name)Stacks"] + cdk),
                    .testTarget(
                        name: "\(name)Tests",
                        dependencies: ["\(name)Stacks", .product(name: "CDKAssertions", package: \(package))] + cdk,
                        exclude: ["__Snapshots__"]
                    ),
                ],
                swiftLanguageModes: [.v6]
            )

            """
    }

    private func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
