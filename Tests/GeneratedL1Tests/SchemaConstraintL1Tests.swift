import CDK
import CDKDynamoDB
import CDKLambda
import CDKS3
import CDKSQS
import Testing

/// The registry schemas' constraints, carried by the generated types and checked at synthesis.
@Suite struct SchemaConstraintL1Tests {
    /// The `[path] message` lines of the validation error synthesizing `app` throws.
    private func errors(_ app: App) -> [String] {
        do {
            _ = try app.synth()
            Issue.record("synthesis passed")
        } catch let error as ValidationError {
            return error.errors.map { "[\($0.path)] \($0.message)" }
        } catch {
            Issue.record("expected a ValidationError, got \(error)")
        }
        return []
    }

    @Test func bucketWithAnInvalidName() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Storage")
        _ = try S3.CfnBucket(stack, "Data", bucketName: "My_Bucket")
        let found = errors(app)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix(#"[Storage/Data] BucketName: "My_Bucket" does not satisfy the schema constraint pattern ^([a-z0-9][a-z0-9.-]*[a-z0-9])?$ of AWS::S3::Bucket."#) == true)
    }

    @Test func queueWithAVisibilityTimeoutAboveTheMaximum() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Messaging")
        _ = try SQS.CfnQueue(stack, "Jobs", visibilityTimeout: 99_999)
        #expect(errors(app) == [
            #"[Messaging/Jobs] VisibilityTimeout: 99999 does not satisfy the schema constraint maximum 43200 of AWS::SQS::Queue. Fix the value; if CloudFormation accepts it, turn the check off with skipSchemaValidation("VisibilityTimeout") on the resource."#,
        ])
    }

    @Test func tableWithAnEmptyKeySchema() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Data")
        _ = try DynamoDB.CfnTable(stack, "Table", keySchema: [])
        #expect(errors(app).first?.hasPrefix("[Data/Table] KeySchema: [] does not satisfy the schema constraint minItems 1 (it has 0)") == true)
    }

    @Test func enumViolationInANestedListNamesTheIndex() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Storage")
        let bucket = try S3.CfnBucket(stack, "Data")
        bucket.lifecycleConfiguration = .init(rules: [.init(expirationInDays: 30, status: "Enabled"), .init(expirationInDays: 1, status: "On")])
        let found = errors(app)
        #expect(found.contains { $0.hasPrefix(#"[Storage/Data] LifecycleConfiguration.Rules[1].Status: "On" does not satisfy the schema constraint enum [Enabled, Disabled] of AWS::S3::Bucket."#) },
                "got \(found)")
    }

    @Test func lambdaMemoryAndRuntime() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Compute")
        _ = try Lambda.CfnFunction(stack, "Fn", code: .init(zipFile: "exports.handler = 1"), memorySize: 64, role: "arn:aws:iam::123456789012:role/r", runtime: "python9")
        let found = errors(app)
        #expect(found.contains { $0.hasPrefix("[Compute/Fn] MemorySize: 64 does not satisfy the schema constraint minimum 128 of AWS::Lambda::Function.") })
        #expect(found.contains { $0.hasPrefix(#"[Compute/Fn] Runtime: "python9" does not satisfy the schema constraint enum [dotnet10, "#) })
    }

    @Test func skipSchemaValidationLetsTheValueThrough() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Messaging")
        let queue = try SQS.CfnQueue(stack, "Jobs", visibilityTimeout: 99_999)
        queue.skipSchemaValidation("VisibilityTimeout")
        let bucket = try S3.CfnBucket(stack, "Data", bucketName: "My_Bucket")
        bucket.skipSchemaValidation()
        let template = try #require(try app.synth().stack("Messaging")?.template)
        #expect(template["Resources"]?["Jobs"]?["Properties"]?["VisibilityTimeout"] == 99_999)
    }

    @Test func tokensAreOnlyKnownAtDeployment() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Messaging")
        let timeout = try CfnParameter(stack, "Timeout", type: "Number")
        let name = try CfnParameter(stack, "Name", type: "String")
        _ = try SQS.CfnQueue(stack, "Jobs", visibilityTimeout: timeout.valueAsNumber)
        _ = try S3.CfnBucket(stack, "Data", bucketName: name.valueAsString)
        _ = try S3.CfnBucket(stack, "Logs", bucketName: Fn.join("-", ["Logs", Aws.accountId]))
        _ = try app.synth()
    }

    @Test func highLevelConstructsAreCheckedThroughTheirL1() throws {
        let app = try App(context: [ContextKeys.schemaValidation: true], environment: [:])
        let stack = try Stack(app, "Data")
        _ = try DynamoDB.Table(stack, "Orders", .init(partitionKey: .init(name: "", type: .string)))
        #expect(errors(app).contains { $0.hasPrefix(#"[Data/Orders/Resource] AttributeDefinitions[0].AttributeName: "" does not satisfy the schema constraint minLength 1"#) })
    }

    @Test func generatedTypesCarryTheirConstraints() {
        #expect(SQS.CfnQueue.schemaConstraints != nil)
        #expect(S3.CfnBucket.schemaConstraints != nil)
        #expect(DynamoDB.CfnTable.schemaConstraints?.violations(of: ["KeySchema": []]).map(\.propertyPath) == ["KeySchema"])
    }
}
