import CDK
@testable import CDKDiff
import Testing

/// Each property change is classified from the registry's create-only properties (and the
/// legacy specification's immutable / conditional ones).
@Suite struct ImpactTests {
    @Test func bucketNameReplacesTheBucket() throws {
        let diff = try #require(change("AWS::S3::Bucket", ["BucketName": "old"], ["BucketName": "new"]))
        #expect(diff.impact == .replace)
        #expect(diff.change(of: "BucketName")?.reason == "create-only")
    }

    @Test func bucketVersioningUpdatesInPlace() throws {
        let diff = try #require(change("AWS::S3::Bucket", [:], ["VersioningConfiguration": ["Status": "Enabled"]]))
        #expect(diff.impact == .update)
        #expect(!diff.replacesResource)
    }

    @Test func tableKeySchemaReplacesTheTable() throws {
        // KeySchema is not create-only in the registry schema, but immutable in the legacy
        // specification: changing it replaces the table.
        let diff = try #require(change("AWS::DynamoDB::Table",
            ["KeySchema": [["AttributeName": "pk", "KeyType": "HASH"]]],
            ["KeySchema": [["AttributeName": "id", "KeyType": "HASH"]]]))
        #expect(diff.impact == .replace)
        #expect(diff.change(of: "KeySchema")?.reason == "immutable")
    }

    @Test func tableThroughputDoesNotReplaceTheTable() throws {
        let diff = try #require(change("AWS::DynamoDB::Table",
            ["KeySchema": [["AttributeName": "pk", "KeyType": "HASH"]], "BillingMode": "PROVISIONED"],
            ["KeySchema": [["AttributeName": "pk", "KeyType": "HASH"]], "BillingMode": "PAY_PER_REQUEST"]))
        #expect(diff.impact == .update)
    }

    @Test func functionNameReplacesTheFunction() throws {
        let diff = try #require(change("AWS::Lambda::Function", ["FunctionName": "a", "Timeout": 3], ["FunctionName": "b", "Timeout": 10]))
        #expect(diff.impact == .replace)
        #expect(diff.change(of: "FunctionName")?.impact == .replace)
        #expect(diff.change(of: "Timeout")?.impact == .update)
    }

    @Test func queueNameAndFifoReplaceTheQueue() throws {
        #expect(change("AWS::SQS::Queue", ["QueueName": "a"], ["QueueName": "b"])?.impact == .replace)
        #expect(change("AWS::SQS::Queue", [:], ["FifoQueue": true])?.impact == .replace)
        #expect(change("AWS::SQS::Queue", ["VisibilityTimeout": 30], ["VisibilityTimeout": 60])?.impact == .update)
    }

    @Test func typeChangeReplaces() throws {
        let diff = TemplateDiffer().diff(old: template(["Q": resource("AWS::SQS::Queue")]), new: template(["Q": resource("AWS::SNS::Topic")]))
        let queue = try #require(diff.resource("Q"))
        #expect(queue.typeChanged)
        #expect(queue.impact == .replace)
    }

    @Test func conditionalPropertyMayReplace() throws {
        let diff = try #require(change("AWS::EC2::Instance", ["InstanceType": "t3.micro"], ["InstanceType": "t3.large"]))
        #expect(diff.impact == .mayReplace)
    }

    @Test func nestedCreateOnlyPointerOnlyReplacesWhenItsValueChanges() throws {
        let registry = ResourceTypeRegistry([CfnResourceTypeInfo(
            typeName: "Test::Nested::Thing", createOnlyProperties: ["/properties/Config/Name"], readOnlyProperties: [],
            primaryIdentifier: [], isStateful: false)])
        let differ = TemplateDiffer(registry: registry)
        func impact(_ old: JSONObject, _ new: JSONObject) -> ChangeImpact? {
            differ.diff(old: template(["T": resource("Test::Nested::Thing", old)]), new: template(["T": resource("Test::Nested::Thing", new)])).resource("T")?.impact
        }
        #expect(impact(["Config": ["Name": "a", "Size": 1]], ["Config": ["Name": "a", "Size": 2]]) == .update)
        #expect(impact(["Config": ["Name": "a"]], ["Config": ["Name": "b"]]) == .replace)
    }

    @Test func removalDestroysOrOrphans() throws {
        let old = template([
            "Kept": resource("AWS::S3::Bucket", nil, extra: ["DeletionPolicy": "Retain"]),
            "Gone": resource("AWS::S3::Bucket"),
        ])
        let diff = TemplateDiffer().diff(old: old, new: template([:]))
        #expect(diff.resource("Kept")?.impact == .orphan)
        #expect(diff.resource("Gone")?.impact == .destroy)
    }

    @Test func attributeChangesUpdate() throws {
        let diff = TemplateDiffer().diff(
            old: template(["B": resource("AWS::S3::Bucket", nil, extra: ["DependsOn": ["X", "A"]]), "A": resource("AWS::SNS::Topic"), "X": resource("AWS::SNS::Topic")]),
            new: template(["B": resource("AWS::S3::Bucket", nil, extra: ["DependsOn": ["A", "X"], "DeletionPolicy": "Retain"]), "A": resource("AWS::SNS::Topic"), "X": resource("AWS::SNS::Topic")]))
        let bucket = try #require(diff.resource("B"))
        #expect(bucket.impact == .update)
        #expect(bucket.changes.map(\.name) == ["DeletionPolicy"]) // DependsOn order is normalized away
    }

    @Test func replacementPropagatesToCreateOnlyReferences() throws {
        // The topic's name is create-only; the subscription's TopicArn is create-only too, so
        // replacing the topic replaces the subscription although its template did not change.
        let sub: JSONObject = ["Protocol": "sqs", "Endpoint": "arn:aws:sqs:eu-west-1:1:q", "TopicArn": ["Ref": "Topic"]]
        let diff = TemplateDiffer().diff(
            old: template(["Topic": resource("AWS::SNS::Topic", ["TopicName": "a"]), "Sub": resource("AWS::SNS::Subscription", sub)]),
            new: template(["Topic": resource("AWS::SNS::Topic", ["TopicName": "b"]), "Sub": resource("AWS::SNS::Subscription", sub)]))
        #expect(diff.resource("Topic")?.impact == .replace)
        let subscription = try #require(diff.resource("Sub"))
        #expect(subscription.impact == .replace)
        #expect(subscription.change(of: "TopicArn")?.new == ["Ref": "Topic (replaced)"])
    }

    @Test func impactsAreRankedLikeTheAWSCDK() {
        #expect(ChangeImpact.allCases.sorted().map(\.badness) == [0, 1, 2, 3, 4, 5, 6])
        #expect(ChangeImpact.destroy > ChangeImpact.replace && ChangeImpact.replace > ChangeImpact.mayReplace && ChangeImpact.mayReplace > ChangeImpact.orphan)
    }

    @Test func unchangedTemplatesHaveNoDifferences() throws {
        let storage = try AssemblyReader.read(Paths.conformance("02-cross-stack-grants")).stack(named: "Storage")!
        let diff = TemplateDiffer().diff(old: storage.template, new: storage.template)
        #expect(diff.isEmpty)
    }
}
