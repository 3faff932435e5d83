import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import CDKSNS
import CDKSQS
import Testing

/// The options the AWS CDK checks when a function is made, and the values it keeps.
@Suite struct FunctionOptionRulesTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    func function(_ stack: Stack, _ id: String = "Fn", configure: (inout Lambda.FunctionProps) throws -> Void = { _ in }) throws -> Lambda.Function {
        try Lambda.Function(stack, id, .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("foo")), configure: configure)
    }

    @Test func aTopicCannotBeCombinedWithQueueOptions() throws {
        let stack = try stack()
        let topic = try SNS.Topic(stack, "DeadLetterTopic")
        let queue = try SQS.Queue(stack, "DLQ")
        let message = TextExpectation.containing("deadLetterQueue and deadLetterTopic cannot be specified together at the same time")
        try expectError(path: "/S/A", message: message) { try function(stack, "A") { $0.deadLetterTopic = topic; $0.deadLetterQueueEnabled = false } }
        try expectError(path: "/S/B", message: message) { try function(stack, "B") { $0.deadLetterTopic = topic; $0.deadLetterQueueEnabled = true } }
        try expectError(path: "/S/C", message: message) { try function(stack, "C") { $0.deadLetterTopic = topic; $0.deadLetterQueue = queue } }
    }

    @Test func theDeadLetterTargetIsKept() throws {
        let stack = try stack()
        let topic = try SNS.Topic(stack, "DeadLetterTopic")
        let toTopic = try function(stack, "ToTopic") { $0.deadLetterTopic = topic }
        #expect(toTopic.deadLetterTopic === topic)
        #expect(toTopic.deadLetterQueue == nil)
        let made = try function(stack, "Made") { $0.deadLetterQueueEnabled = true }
        #expect(made.deadLetterQueue is SQS.Queue)
        #expect(made.deadLetterTopic == nil)
        let none = try function(stack, "None")
        #expect(none.deadLetterQueue == nil && none.deadLetterTopic == nil)
    }

    @Test func ephemeralStorageIsBetween512And10240MiB() throws {
        let stack = try stack()
        try expectError(path: "/S/Small", message: .exactly("Ephemeral storage size must be between 512 and 10240 MB, received Size.mebibytes(511).")) {
            try function(stack, "Small") { $0.ephemeralStorageSize = .mebibytes(511) }
        }
        try expectError(path: "/S/Large", message: .containing("Ephemeral storage size must be between 512 and 10240 MB")) {
            try function(stack, "Large") { $0.ephemeralStorageSize = .gibibytes(11) }
        }
        _ = try function(stack, "Token") { $0.ephemeralStorageSize = .mebibytes(Token.asNumber(Lazy.any { 1024 })) }
        _ = try function(stack, "Max") { $0.ephemeralStorageSize = .gibibytes(10) }
        try Template(stack).hasResourceProperties("AWS::Lambda::Function", ["EphemeralStorage": ["Size": 10240]])
    }

    @Test func reservedEnvironmentVariablesAreRejected() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: .exactly("AWS_REGION environment variable is reserved by the lambda runtime and can not be set manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html")) {
            try function(stack, "A") { $0.environment = ["AWS_REGION": "ap-southeast-2"] }
        }
        let fn = try function(stack, "B")
        try expectError(path: "/S/B", message: .containing("_HANDLER environment variable is reserved")) { try fn.addEnvironment("_HANDLER", "x") }
    }

    @Test func newPoliciesAreOffByDefault() throws {
        let stack = try stack()
        let fn = try function(stack) { $0.tracing = .active }
        try fn.addToRolePolicy(IAM.PolicyStatement(actions: ["explicit:explicit"], resources: ["*"]))
        try Template(stack).resourceCountIs("AWS::IAM::Policy", 1)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["Roles": [["Ref": "FnServiceRoleB9001A96"]]])
    }

    @Test func aFunctionImportedWithoutARoleIgnoresRoleStatements() throws {
        let stack = try stack()
        let fn = try Lambda.Function.fromFunctionArn(stack, "I", functionArn: "arn:aws:lambda:us-east-1:123456789012:function:MyFn")
        try fn.addToRolePolicy(IAM.PolicyStatement(actions: ["explicit:explicit"], resources: ["*"]))
        try Template(stack).resourceCountIs("AWS::IAM::Policy", 0)
    }
}
