import CDK
import CDKDynamoDB
import CDKLambda
import CDKS3
import CDKSNS
import CDKSQS
import Testing

/// Values outside the limits of a registry schema (a number's range, a string's length, a
/// list's item count), refused at synthesis without any setting: CloudFormation would refuse
/// them at deployment.
@Suite struct SchemaLimitsByDefaultTests {
    /// One bad value: the app that holds it, the path of the resource the error must name and
    /// the start of its message.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let path: String
        let message: String
        let build: @Sendable (Stack) throws -> Void

        var testDescription: String { name }
    }

    static func function(_ configure: @escaping @Sendable (inout Lambda.FunctionProps) -> Void) -> @Sendable (Stack) throws -> Void {
        { stack in _ = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")), configure: configure) }
    }

    static let cases: [Case] = [
        Case(name: "function timeout of 20 minutes", path: "S/Fn/Resource", message: "Timeout: 1200 does not satisfy the schema constraint maximum 900 of AWS::Lambda::Function.",
             build: function { $0.timeout = .minutes(20) }),
        Case(name: "function timeout of 0 seconds", path: "S/Fn/Resource", message: "Timeout: 0 does not satisfy the schema constraint minimum 1 of AWS::Lambda::Function.",
             build: function { $0.timeout = .seconds(0) }),
        Case(name: "function memory of 64 MiB", path: "S/Fn/Resource", message: "MemorySize: 64 does not satisfy the schema constraint minimum 128 of AWS::Lambda::Function.",
             build: function { $0.memorySize = 64 }),
        Case(name: "negative reserved concurrency", path: "S/Fn/Resource", message: "ReservedConcurrentExecutions: -5 does not satisfy the schema constraint minimum 0 of AWS::Lambda::Function.",
             build: function { $0.reservedConcurrentExecutions = -5 }),
        Case(name: "L1 queue visibility timeout above 12 hours", path: "S/Jobs", message: "VisibilityTimeout: 99999 does not satisfy the schema constraint maximum 43200 of AWS::SQS::Queue.",
             build: { stack in _ = try SQS.CfnQueue(stack, "Jobs", visibilityTimeout: 99_999) }),
        Case(name: "topic name of 300 characters", path: "S/Topic/Resource", message: "TopicName: \"ttttt",
             build: { stack in _ = try SNS.Topic(stack, "Topic") { $0.topicName = String(repeating: "t", count: 300) } }),
        Case(name: "table attribute with an empty name", path: "S/Table/Resource", message: "AttributeDefinitions[0].AttributeName: \"\" does not satisfy the schema constraint minLength 1 (it has 0 characters)",
             build: { stack in _ = try DynamoDB.Table(stack, "Table", .init(partitionKey: .init(name: "", type: .string))) }),
        Case(name: "L1 table with an empty key schema", path: "S/Table", message: "KeySchema: [] does not satisfy the schema constraint minItems 1 (it has 0)",
             build: { stack in _ = try DynamoDB.CfnTable(stack, "Table", keySchema: []) }),
    ]

    @Test(arguments: cases)
    func isRefusedWithThePathAndTheValue(_ bad: Case) throws {
        let app = try App(environment: [:])
        try bad.build(try Stack(app, "S"))
        do {
            _ = try app.synth()
            Issue.record("\(bad.name): synthesis passed")
        } catch let error as ValidationError {
            #expect(error.errors.contains { $0.path == bad.path && $0.message.hasPrefix(bad.message) }, "\(bad.name): got \(error.errors)")
            #expect(error.errors.allSatisfy { $0.message.contains("skipSchemaValidation(") }, "every message says how to turn the check off")
        }
    }

    @Test func patternsEnumsAndRequiredMembersAreCheckedOnlyWhenAskedFor() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        _ = try S3.CfnBucket(stack, "Data", bucketName: "My_Bucket")
        _ = try Lambda.CfnFunction(stack, "Fn", code: .init(zipFile: "x"), role: "arn:aws:iam::123456789012:role/r", runtime: "python9")
        let template = try #require(try app.synth().stack("S")?.template)
        #expect(template["Resources"]?["Data"]?["Properties"]?["BucketName"] == "My_Bucket")
    }

    @Test func theContextTurnsTheLimitsOff() throws {
        let app = try App(context: [ContextKeys.schemaValidation: false], environment: [:])
        let stack = try Stack(app, "S")
        _ = try SQS.CfnQueue(stack, "Jobs", visibilityTimeout: 99_999)
        let template = try #require(try app.synth().stack("S")?.template)
        #expect(template["Resources"]?["Jobs"]?["Properties"]?["VisibilityTimeout"] == 99_999)
    }

    @Test func aResourceRenderedAgainWithItsTemplateIsCheckedToo() throws {
        // An uncached lazy value: the queue renders again with its template, and this time the
        // value is out of range; that rendering is checked at once.
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let queue = try SQS.CfnQueue(stack, "Jobs")
        nonisolated(unsafe) var renderings = 0
        queue.addPropertyOverride("VisibilityTimeout", Lazy.uncachedNumber {
            renderings += 1
            return renderings == 1 ? 30 : 99_999
        })
        do {
            _ = try app.synth()
            Issue.record("synthesis passed")
        } catch let error as ValidationError {
            #expect(error.errors.map(\.path) == ["S/Jobs"])
            #expect(error.errors.first?.message.hasPrefix("VisibilityTimeout: 99999 does not satisfy the schema constraint maximum 43200") == true)
        }
        #expect(renderings == 2)
    }
}
