/// The sources of the app that `swift-cdk init` creates: two stacks of high-level constructs
/// (a bucket and a queue; a function that reads the bucket and feeds the queue, through
/// grants and cross-stack references), the app, tests in the three styles of `CDKAssertions`,
/// `cdk.json` and a README.
struct StarterApp {
    /// The app name (`MyInfra`).
    let name: String

    var storageStack: String {
        """
        import CDK
        import CDKS3
        import CDKSQS

        /// Where the app keeps its data: a versioned, private bucket for uploads (kept when the
        /// stack is deleted) and a queue of work to do on them.
        public struct StorageStack {
            /// The stack.
            public let stack: Stack
            /// The uploads.
            public let uploads: S3.Bucket
            /// The work queue.
            public let work: SQS.Queue

            /// The storage stack `id` in `scope`. `bucketName` gives the bucket a physical name
            /// (default: CloudFormation generates one).
            public init(_ scope: Construct, _ id: String, bucketName: String? = nil, env: Environment? = nil) throws {
                stack = try Stack(scope, id, env: env)
                uploads = try S3.Bucket(stack, "Uploads") {
                    $0.bucketName = bucketName
                    $0.versioned = true
                    $0.blockPublicAccess = .blockAll
                    $0.enforceSSL = true
                }
                work = try SQS.Queue(stack, "Work") { $0.visibilityTimeout = .seconds(60) }
            }
        }

        """
    }

    var computeStack: String {
        """
        import CDK
        import CDKLambda

        /// The app's code: a function that reads the uploads and sends work to the queue of the
        /// storage stack. The grants give its role exactly these permissions; the bucket's name
        /// and the queue's URL reach it through cross-stack references (CloudFormation outputs
        /// of the storage stack), so this stack deploys after that one.
        public struct ComputeStack {
            /// The stack.
            public let stack: Stack
            /// The function.
            public let worker: Lambda.Function

            /// The compute stack `id` in `scope`, using `storage`'s bucket and queue.
            public init(_ scope: Construct, _ id: String, storage: StorageStack, env: Environment? = nil) throws {
                stack = try Stack(scope, id, env: env)
                let code = Lambda.Code.fromInline(\"\"\"
                    import os
                    def handler(event, context):
                        print("reading from", os.environ["BUCKET"], "and queueing to", os.environ["QUEUE"])
                        return {"ok": True}
                    \"\"\")
                worker = try Lambda.Function(stack, "Worker", .init(runtime: .python312, handler: "index.handler", code: code)) {
                    $0.memorySize = 256
                    $0.timeout = .seconds(10)
                    $0.environment = ["BUCKET": storage.uploads.bucketName, "QUEUE": storage.work.queueUrl]
                }
                try storage.uploads.grantRead(worker)
                try storage.work.grantSendMessages(worker)
            }
        }

        """
    }

    var main: String {
        """
        // The app: `swift-cdk synth` builds and runs it (cdk.json says how) and writes the cloud
        // assembly to cdk.out. An error is printed as `error: [Storage/Uploads] message`.
        import CDK
        import \(name)Stacks

        App.main { app in
            let storage = try StorageStack(app, "Storage")
            _ = try ComputeStack(app, "Compute", storage: storage)
        }

        """
    }

    var tests: String {
        """
        import CDK
        import CDKAssertions
        import \(name)Stacks
        import Testing

        /// The stacks, tested the three ways of CDKAssertions. `App.forTesting()` gives the app
        /// the context and feature flags of cdk.json, as swift-cdk synth does.
        @Suite struct StackTests {
            private func build() throws -> (App, StorageStack, ComputeStack) {
                let app = try App.forTesting()
                let storage = try StorageStack(app, "Storage")
                return (app, storage, try ComputeStack(app, "Compute", storage: storage))
            }

            /// A snapshot of every template: recorded in __Snapshots__ on the first run (commit it),
            /// then any change fails with a diff (re-record with CDK_UPDATE_SNAPSHOTS=1 swift test).
            @Test func snapshot() throws {
                let (app, _, _) = try build()
                try assertSnapshot(of: app)
            }

            /// Fine-grained: the bucket is versioned and private, and the function may read it.
            @Test func theWorkerMayReadTheUploads() throws {
                let (_, storage, compute) = try build()
                try Template(storage.stack).hasResourceProperties("AWS::S3::Bucket", [
                    "VersioningConfiguration": ["Status": "Enabled"],
                    "PublicAccessBlockConfiguration": ["BlockPublicAcls": true, "RestrictPublicBuckets": true],
                ])
                try Template(compute.stack).hasResourceProperties("AWS::IAM::Policy", [
                    "PolicyDocument": ["Statement": Match.arrayWith([
                        Match.objectLike(["Action": Match.arrayWith(["s3:GetObject*"]), "Effect": "Allow"]),
                    ])],
                ])
                #expect(compute.stack.dependencies.map(\\.stackName) == ["Storage"])
            }

            /// An expected validation error: a bucket name with an underscore is refused, with the
            /// construct's path.
            @Test func rejectsAnInvalidBucketName() throws {
                let app = try App.forTesting()
                try expectError(path: "Storage/Uploads", message: "Invalid S3 bucket name") {
                    try StorageStack(app, "Storage", bucketName: "my_uploads")
                }
            }

            /// Validation: no warnings, and (when cfn-lint is installed) templates CloudFormation accepts.
            @Test func synthesizesCleanly() throws {
                let (app, storage, compute) = try build()
                _ = try expectNoWarnings(app)
                // Skipped (not failed) when cfn-lint is not installed. W3005: cfn-lint finds the
                // function's DependsOn on its role redundant; the AWS CDK writes it so.
                _ = try lint(storage.stack)
                _ = try lint(compute.stack, ignoreChecks: ["W3005"])
            }
        }

        """
    }

    /// The flags of the AWS CDK's recommended set that this library reads, at their
    /// recommended values for a new project.
    static let recommendedFeatureFlags: [(key: String, value: String)] = [
        ("@aws-cdk/core:aspectPrioritiesMutating", "true"),
        ("@aws-cdk/core:defaultCrossStackReferences", "\"strong\""),
    ]

    var cdkJSON: String {
        let flags = Self.recommendedFeatureFlags.map { "    \"\($0.key)\": \($0.value)" }.joined(separator: ",\n")
        return """
            {
              "app": "swift run \(name)",
              "context": {
            \(flags)
              }
            }

            """
    }

    var readme: String {
        """
        # \(name)

        Infrastructure as code in Swift with swift-cdk: a storage stack (a bucket and a queue)
        and a compute stack (a function that reads the bucket and sends to the queue).

        | file | what |
        |---|---|
        | `Sources/\(name)Stacks/` | the stacks |
        | `Sources/\(name)/main.swift` | the app: which stacks, in which environments |
        | `Tests/\(name)Tests/` | snapshot, fine-grained and validation tests |
        | `cdk.json` | how to run the app, and its feature flags |

        What to run next:

        ```sh
        swift-cdk synth          # build (only when the sources changed), synthesize into cdk.out, print the templates
        swift test               # test the stacks (the first run records the snapshot: commit it)
        swift-cdk diff           # what changed since the last synth, and what that does to each resource
        swift-cdk graph          # the stacks, their resources and references (Graphviz DOT; --format mermaid)
        swift-cdk deploy --all   # deploy with the official AWS CDK CLI (npm install -g aws-cdk)
        ```

        To use another AWS service, add its product to `cdk` in Package.swift (`"CDKDynamoDB"`) and
        `import CDKDynamoDB`.

        """
    }
}
