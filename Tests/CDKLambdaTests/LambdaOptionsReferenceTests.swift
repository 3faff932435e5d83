import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKLambda
import CDKLogs
import CDKSNS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-options-reference/app.py: dead-letter targets,
/// `/tmp` size, environment encryption and `createNewPoliciesWithAddToRolePolicy`.
@Suite struct LambdaOptionsReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-options-reference/expected")

    static func function(_ scope: Construct, _ id: String, configure: (inout Lambda.FunctionProps) throws -> Void = { _ in }) throws -> Lambda.Function {
        try Lambda.Function(scope, id, .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("foo")), configure: configure)
    }

    func optionsStack(_ app: App) throws {
        let stack = try Stack(app, "Options")
        let topic = try SNS.Topic(stack, "DeadLetterTopic")
        _ = try Self.function(stack, "ToTopic") { $0.deadLetterTopic = topic }
        let queue = try SQS.Queue(stack, "DeadLetterQueue") {
            $0.queueName = "MyLambda_DLQ"
            $0.retentionPeriod = .days(14)
        }
        _ = try Self.function(stack, "ToQueue") {
            $0.deadLetterQueue = queue
            $0.deadLetterQueueEnabled = true
        }
        _ = try Self.function(stack, "NewQueue") {
            $0.deadLetterQueueEnabled = true
            $0.functionName = "OneFunctionToRuleThemAll"
        }
        _ = try Self.function(stack, "NoQueue") { $0.deadLetterQueueEnabled = false }
        let key = try KMS.Key(stack, "EnvVarEncryptKey") { $0.description = "sample key" }
        _ = try Self.function(stack, "Storage") {
            $0.ephemeralStorageSize = .mebibytes(1024)
            $0.environment = ["SOME": "Variable"]
            $0.environmentEncryption = key
        }
        let defaults = try Self.function(stack, "DefaultPolicies") {
            $0.tracing = .active
            $0.deadLetterQueueEnabled = true
        }
        try defaults.addToRolePolicy(IAM.PolicyStatement(actions: ["explicit:explicit"], resources: ["*"]))
        _ = try Self.function(stack, "GivenUnflagged") { $0.logGroup = try Logs.LogGroup(stack, "OwnLogGroup") }
    }

    func managedLogsStack(_ app: App) throws {
        let stack = try Stack(app, "ManagedLogs")
        try stack.node.setContext(Lambda.useCdkManagedLogGroupFlag, true)
        let managed = try Self.function(stack, "Managed")
        try Tags.of(managed).add("Environment", "Test")
        #expect(managed.logGroup is Logs.LogGroup)
        let given = try Logs.LogGroup(stack, "CustomLogGroup")
        let withGiven = try Self.function(stack, "Given") { $0.logGroup = given }
        #expect(withGiven.logGroup === given)
    }

    func newPoliciesStack(_ app: App) throws {
        let stack = try Stack(app, "NewPolicies")
        try stack.node.setContext(Lambda.createNewPoliciesWithAddToRolePolicyFlag, true)
        let role = try IAM.Role(stack, "SomeRole", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        _ = try role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["confirm:itsthesame"], resources: ["*"]))
        let own = try Self.function(stack, "Function") {
            $0.role = role
            $0.initialPolicy = [IAM.PolicyStatement(actions: ["inline:inline"], resources: ["*"])]
        }
        try own.addToRolePolicy(IAM.PolicyStatement(actions: ["explicit:explicit"], resources: ["*"]))
        _ = try Self.function(stack, "Traced") {
            $0.tracing = .passThrough
            $0.deadLetterQueueEnabled = true
        }
    }

    @Test(arguments: ["Options", "NewPolicies", "ManagedLogs"])
    func templateEqualsTheAWSCDKs(_ stackName: String) throws {
        let app = try App(environment: [:])
        try optionsStack(app)
        try newPoliciesStack(app)
        try managedLogsStack(app)
        let assembly = try app.synth()
        let file = "\(stackName).template.json"
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(assembly.stack(stackName)?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == file }?.contents == expectedText)
    }
}
