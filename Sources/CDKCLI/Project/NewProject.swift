/// The files of a new app that `swift-cdk init` writes.
struct NewProject {
    /// Where the library comes from.
    enum Dependency {
        /// A local checkout.
        case path(String)
        /// A git repository and the version to start from.
        case url(String, version: String)
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
        [
            ("Package.swift", packageManifest),
            ("Sources/\(name)Stacks/StorageStack.swift", stackSource),
            ("Sources/\(name)/main.swift", mainSource),
            ("Tests/\(name)Tests/StorageStackTests.swift", testSource),
            ("cdk.json", "{\n  \"app\": \"swift run \(name)\"\n}\n"),
            (".gitignore", ".build/\n.swiftpm/\ncdk.out/\n.cdk.out.synth-*/\n"),
            ("README.md", readme),
        ]
    }

    private var packageManifest: String {
        let dependencyLine: String
        switch dependency {
        case .path(let path): dependencyLine = ".package(path: \(literal(path)))"
        case .url(let url, let version): dependencyLine = ".package(url: \(literal(url)), from: \(literal(version)))"
        }
        let cdk = ".product(name: \"CDK\", package: \(literal(packageIdentity)))"
        return """
            // swift-tools-version: 6.0
            import PackageDescription

            let package = Package(
                name: \(literal(packageName)),
                platforms: [.macOS(.v13)],
                dependencies: [
                    \(dependencyLine),
                ],
                targets: [
                    // The stacks, in a library so that the tests can build them.
                    .target(name: "\(name)Stacks", dependencies: [\(cdk)]),
                    // The app: `swift run \(name)` synthesizes it (cdk.json runs that).
                    .executableTarget(name: "\(name)", dependencies: ["\(name)Stacks", \(cdk)]),
                    .testTarget(name: "\(name)Tests", dependencies: ["\(name)Stacks", \(cdk)]),
                ],
                swiftLanguageModes: [.v6]
            )

            """
    }

    private var stackSource: String {
        """
        import CDK

        /// The storage of the app: a versioned bucket that is kept when the stack is deleted,
        /// and a queue for work on its objects.
        public struct StorageStack {
            /// The stack.
            public let stack: Stack
            /// The bucket.
            public let bucket: CfnResource
            /// The queue.
            public let queue: CfnResource

            /// A storage stack named `id` in `scope`.
            public init(_ scope: Construct, _ id: String, env: Environment? = nil) throws {
                stack = try Stack(scope, id, env: env)
                bucket = try CfnResource(stack, "Data", type: "AWS::S3::Bucket", properties: [
                    "VersioningConfiguration": ["Status": "Enabled"],
                ])
                bucket.applyRemovalPolicy(.retain)
                queue = try CfnResource(stack, "Work", type: "AWS::SQS::Queue", properties: [
                    "VisibilityTimeout": 60,
                ])
                _ = try CfnOutput(stack, "BucketName", value: bucket.ref)
            }
        }

        """
    }

    private var mainSource: String {
        """
        // The app: `swift run \(name)` (or `swift-cdk synth`, which runs it as cdk.json says)
        // writes the cloud assembly to cdk.out; deploy it with `cdk deploy --app cdk.out`.
        import CDK
        import \(name)Stacks

        let app = try App()
        _ = try StorageStack(app, "Storage")
        try app.synth()

        """
    }

    private var testSource: String {
        """
        import CDK
        import \(name)Stacks
        import Testing

        /// Example tests: synthesize in memory and check the template.
        @Suite struct StorageStackTests {
            private func template() throws -> JSONValue {
                let app = try App(environment: [:])
                _ = try StorageStack(app, "Storage")
                return try #require(app.synth().stack("Storage")).template
            }

            @Test func bucketIsVersionedAndRetained() throws {
                let bucket = try #require(template()["Resources"]?.objectValue?.values.first { $0["Type"] == "AWS::S3::Bucket" })
                #expect(bucket["Properties"]?["VersioningConfiguration"]?["Status"] == "Enabled")
                #expect(bucket["DeletionPolicy"] == "Retain")
            }

            @Test func outputsTheBucketName() throws {
                #expect(try template()["Outputs"]?["BucketName"] != nil)
            }
        }

        """
    }

    private var readme: String {
        """
        # \(name)

        Infrastructure as code in Swift with swift-cdk.

        ```sh
        swift build              # build the app
        swift test               # test the stacks
        swift-cdk synth          # synthesize into cdk.out and print the template
        swift-cdk diff           # what changed since the last synth
        cdk deploy --app cdk.out # deploy with the AWS CDK CLI
        ```

        """
    }

    private func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
