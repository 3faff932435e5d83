import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import Foundation
import Testing

/// Global tables (`replicationRegions`): the port of Tests/Fixtures/dynamodb-replication-reference
/// must synthesize the AWS CDK's files byte for byte (the replica provider's nested template
/// included, whose handlers are the AWS CDK's own code with the same asset hashes), and the
/// AWS CDK's rules for replicas hold.
@Suite struct TableReplicationTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dynamodb-replication-reference/expected")

    func referenceApp() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Global", env: Environment(account: "111111111111", region: "us-east-1"))
        let table = try DynamoDB.Table(stack, "Global", .init(partitionKey: key("id"))) {
            $0.replicationRegions = ["eu-west-1", "eu-central-1"]
        }
        let role = try IAM.Role(stack, "Reader", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try table.grantReadData(role)
        return app
    }

    @Test(arguments: ["Global.template.json", "GlobalawscdkawsdynamodbReplicaProviderFC027293.nested.template.json", "Global.assets.json"])
    func filesEqualTheAWSCDKs(_ name: String) throws {
        let assembly = try referenceApp().synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(name), encoding: .utf8)
        let actual = try #require(assembly.files.first { $0.name == name }?.contents)
        #expect(try JSONParser.parse(actual) == JSONParser.parse(expectedText))
        #expect(actual == expectedText)
    }

    @Test func theProviderIsOnePerStack() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "111111111111", region: "us-east-1"))
        for name in ["A", "B"] {
            _ = try DynamoDB.Table(stack, name, .init(partitionKey: key("id"))) { $0.replicationRegions = ["eu-west-1"] }
        }
        let template = try Template(stack)
        try template.resourceCountIs("AWS::CloudFormation::Stack", 1)
        try template.resourceCountIs("Custom::DynamoDBReplica", 2)
        try template.resourceCountIs("AWS::IAM::ManagedPolicy", 4)
    }

    @Test func replicasFollowOneAnotherAndCanSkipTheReplicationWait() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "111111111111", region: "us-east-1"))
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: key("id"))) {
            $0.replicationRegions = ["eu-west-1", "eu-west-2", "eu-west-1"]
            $0.waitForReplicationToFinish = false
        }
        let template = try Template(stack)
        try template.resourceCountIs("Custom::DynamoDBReplica", 2)
        let replicas = try template.findResources("Custom::DynamoDBReplica")
        let second = try #require(replicas.members.first { $0.key.contains("euwest2") }?.value)
        let first = try #require(replicas.members.first { $0.key.contains("euwest1") })
        #expect(second["Properties"]?["SkipReplicationCompletedWait"] == "true")
        #expect(second["DependsOn"]?.arrayValue?.contains(.string(first.key)) == true)
        #expect(table.billingMode == .payPerRequest)
    }

    @Test func anEnvironmentAgnosticStackGetsAConditionPerRegion() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        _ = try DynamoDB.Table(stack, "T", .init(partitionKey: key("id"))) { $0.replicationRegions = ["eu-west-1", "eu-west-2"] }
        let template = try Template(stack)
        let conditions = template.json["Conditions"]?.objectValue
        #expect(conditions?.count == 2)
        let condition = try #require(conditions?.members.first { $0.key.hasPrefix("TStackRegionNotEqualseuwest1") })
        #expect(condition.value == ["Fn::Not": [["Fn::Equals": ["eu-west-1", ["Ref": "AWS::Region"]]]]])
        let replicas = try template.findResources("Custom::DynamoDBReplica")
        let second = try #require(replicas.members.first { $0.key.contains("euwest2") }?.value)
        #expect(second["Metadata"]?["DynamoDbReplicationDependency"]?["Fn::If"]?[0] == .string(condition.key))
    }

    @Test func theRetainReplicaFlagPassesTheRemovalPolicy() throws {
        let app = try App(context: ["@aws-cdk/aws-dynamodb:retainTableReplica": true], environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "111111111111", region: "us-east-1"))
        _ = try DynamoDB.Table(stack, "Kept", .init(partitionKey: key("id"))) { $0.replicationRegions = ["eu-west-1"] }
        _ = try DynamoDB.Table(stack, "Dropped", .init(partitionKey: key("id"))) {
            $0.replicationRegions = ["eu-west-1"]
            $0.replicaRemovalPolicy = .destroy
        }
        let replicas = try Template(stack).findResources("Custom::DynamoDBReplica")
        #expect(replicas.members.first { $0.key.hasPrefix("Kept") }?.value["Properties"]?["SkipReplicaDeletion"] == true)
        #expect(replicas.members.first { $0.key.hasPrefix("Dropped") }?.value["Properties"]?["SkipReplicaDeletion"] == false)
    }

    @Test func badReplicationPropsAreErrors() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "111111111111", region: "us-east-1"))
        let ownRegion = #expect(throws: CDKError.self) {
            try DynamoDB.Table(stack, "Own", .init(partitionKey: key("id"))) { $0.replicationRegions = ["us-east-1"] }
        }
        #expect(ownRegion?.code == "ReplicationRegionConflict")
        #expect(ownRegion?.path == "S/Own")
        let stream = #expect(throws: CDKError.self) {
            try DynamoDB.Table(stack, "Stream", .init(partitionKey: key("id"))) {
                $0.replicationRegions = ["eu-west-1"]
                $0.stream = .newImage
            }
        }
        #expect(stream?.code == "StreamViewTypeRequired")
        let keyError = #expect(throws: CDKError.self) {
            try DynamoDB.Table(stack, "Key", .init(partitionKey: key("id"))) {
                $0.replicationRegions = ["eu-west-1"]
                $0.encryption = .customerManaged
            }
        }
        #expect(keyError?.code == "CustomerManagedEncryptionNotSupportedGlobalTables")
        let timeout = #expect(throws: CDKError.self) {
            try DynamoDB.Table(stack, "Timeout", .init(partitionKey: key("id"))) {
                $0.replicationRegions = ["eu-west-1"]
                $0.replicationTimeout = .seconds(25)
            }
        }
        #expect(timeout?.code == "CannotDetermineRetryCountSince")
    }

    @Test func aProvisionedGlobalTableNeedsScaledWriteCapacity() throws {
        func synth(_ scale: (DynamoDB.Table) throws -> Void) throws -> String? {
            let app = try App(environment: [:])
            let stack = try Stack(app, "S", env: Environment(account: "111111111111", region: "us-east-1"))
            let table = try DynamoDB.Table(stack, "T", .init(partitionKey: key("id"))) {
                $0.billingMode = .provisioned
                $0.replicationRegions = ["eu-west-1"]
            }
            try scale(table)
            do { _ = try app.synth(); return nil } catch { return "\(error)" }
        }
        #expect(try synth { _ in }.map { $0.contains("S/T") && $0.contains("needs auto-scaled write capacity. Use the autoScaleWriteCapacity() method") } == true)
        #expect(try synth { try $0.autoScaleWriteCapacity(.init(minCapacity: 1, maxCapacity: 10)) }?
            .contains("Call one of the scaleOn*() methods") == true)
        #expect(try synth { try $0.autoScaleWriteCapacity(.init(minCapacity: 1, maxCapacity: 10)).scaleOnUtilization(.init(targetUtilizationPercent: 75)) } == nil)
    }
}
