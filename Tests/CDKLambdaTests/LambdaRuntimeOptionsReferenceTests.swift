import CDK
import CDKAssertions
import CDKLambda
import CDKLogs
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-runtime-options-reference/app.py: JSON logging with
/// levels, a text format with a log group, recursive loops, runtime management modes,
/// SnapStart and the options of the current version; template and warning equal the AWS CDK's.
@Suite struct LambdaRuntimeOptionsReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-runtime-options-reference/expected")

    static func synth() throws -> (App, CloudAssembly) {
        let app = try App(environment: [:])
        let stack = try Stack(app, "RuntimeOptions")
        func function(_ id: String, _ configure: (inout Lambda.FunctionProps) throws -> Void) throws -> Lambda.Function {
            try Lambda.Function(stack, id, .init(runtime: .python312, handler: "index.handler",
                                                 code: .fromInline("def handler(event, context):\n    return {}")), configure: configure)
        }
        _ = try function("Json") {
            $0.loggingFormat = .json
            $0.applicationLogLevel = .debug
            $0.systemLogLevel = .warn
        }
        let group = try Logs.LogGroup(stack, "Group") {
            $0.logGroupName = "custom"
            $0.retention = .oneWeek
        }
        _ = try function("Text") {
            $0.loggingFormat = .text
            $0.logGroup = group
        }
        _ = try function("Loop") {
            $0.recursiveLoop = .allow
            $0.runtimeManagementMode = .functionUpdate
        }
        _ = try function("Manual") { $0.runtimeManagementMode = .manual("arn:aws:lambda:us-east-1::runtime:abcd1234") }
        _ = try function("Auto") { $0.runtimeManagementMode = .auto }
        let snap = try function("Snap") {
            $0.snapStart = .onPublishedVersions
            $0.currentVersionOptions = Lambda.VersionOptions().with {
                $0.description = "snapshot"
                $0.provisionedConcurrentExecutions = 2
                $0.removalPolicy = .retain
            }
        }
        _ = try snap.currentVersion
        return (app, try app.synth())
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let (_, assembly) = try Self.synth()
        let file = "RuntimeOptions.template.json"
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(assembly.stack("RuntimeOptions")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == file }?.contents == expectedText)
    }

    @Test func snapStartWarnsAsTheAWSCDKDoes() throws {
        let (app, _) = try Self.synth()
        let annotations = try AnnotationsAssertions(app)
        #expect(try annotations.findWarning("*").map(\.path) == ["/RuntimeOptions/Snap"])
        try annotations.hasWarning("/RuntimeOptions/Snap", "SnapStart only supports published Lambda versions. Ignore if function already has published versions. [ack: @aws-cdk/aws-lambda:snapStartRequirePublish]")
    }
}
