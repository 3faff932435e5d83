import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import Foundation
import Testing

/// Global tables (`replicationRegions`): the port of Tests/Fixtures/dynamodb-replication-reference
/// synthesizes the AWS CDK's files byte for byte but for the code of the replica provider's
/// handler functions (swift-cdk's own, so their asset hashes and the hashes that follow from
/// them), and the AWS CDK's rules for replicas hold.
@Suite struct TableReplicationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    static let nestedTemplate = "GlobalawscdkawsdynamodbReplicaProviderFC027293.nested.template.json"
    /// A function of each handler asset of a replica provider: the replica handler's and the framework's.
    static let handlerFunctions = ["OnEventHandler42BEBAE0", "ProviderframeworkonEvent83C1D0A7"]

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

    /// The port of Tests/Fixtures/dynamodb-replication-flags-reference.
    func flagsReferenceApp() throws -> App {
        let app = try App(context: ["@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": true,
                                    "@aws-cdk/aws-dynamodb:retainTableReplica": true], environment: [:])
        let agnostic = try Stack(app, "Agnostic")
        let table = try DynamoDB.Table(agnostic, "Table", .init(partitionKey: key("id"))) {
            $0.replicationRegions = ["eu-west-2", "eu-central-1"]
            $0.replicationTimeout = .hours(1)
        }
        let reader = try IAM.Role(agnostic, "Reader", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try table.grantReadData(reader)
        try table.addGlobalSecondaryIndex(.init(indexName: "my-index", partitionKey: key("gsi")))
        try table.applyRemovalPolicy(.destroy)

        let regional = try Stack(app, "Regional", env: Environment(account: "111111111111", region: "us-east-1"))
        let named = try DynamoDB.Table(regional, "Named", .init(partitionKey: key("id"))) {
            $0.tableName = "my-table"
            $0.replicationRegions = ["eu-west-2", "eu-central-1"]
            $0.replicaRemovalPolicy = .retain
            $0.removalPolicy = .destroy
        }
        let consumer = try Stack(app, "Consumer", env: Environment(account: "111111111111", region: "eu-west-2"))
        let user = try IAM.Role(consumer, "User", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try named.grantReadData(user)
        try named.grantTableListStreams(user)
        return app
    }

    /// The asset hash (the S3 key without `.zip`) of the code of `function` in `template`.
    private func codeHash(_ template: String, _ function: String) throws -> String? {
        try JSONParser.parse(template)["Resources"]?[function]?["Properties"]?["Code"]?["S3Key"]?.stringValue
            .map { String($0.dropLast(".zip".count)) }
    }

    /// The hashes of the nested templates in the `TemplateURL`s of `template` (`.../<hash>.json`).
    private func nestedTemplateHashes(_ template: String) -> [String] {
        template.matches(of: /([0-9a-f]{64})\.json"/).map { String($0.1) }
    }

    /// `text` with each of our hashes replaced by the AWS CDK's.
    private func theirHashes(_ text: String, _ hashes: [(ours: String, theirs: String)]) -> String {
        hashes.reduce(text) { $0.replacingOccurrences(of: $1.ours, with: $1.theirs) }
    }

    /// `manifest` with the hash suffix of each destination id (`111111111111-us-east-1-<8 hex>`) removed.
    private func withoutDestinationHashes(_ manifest: String) -> String {
        manifest.replacingOccurrences(of: #"((\d{12}|current_account)-[a-z0-9-_]+)-[0-9a-f]{8}""#, with: "$1\"", options: .regularExpression)
    }

    /// Expects the templates and asset manifests of `app` to equal those of the reference app
    /// in `fixture`, byte for byte, once the hashes that follow from the code of the replica
    /// providers' handlers are replaced by the AWS CDK's: the handlers' assets, the nested
    /// templates that name them, and the templates that name those.
    private func expectTheAWSCDKsFilesButForTheHandlerCode(_ app: App, fixture: String) throws {
        let expected = Self.fixtures.appendingPathComponent(fixture).appendingPathComponent("expected")
        let files = Dictionary(uniqueKeysWithValues: try app.synth().files.map { ($0.name, $0.contents) })
        func expectedText(_ name: String) throws -> String { try String(contentsOf: expected.appendingPathComponent(name), encoding: .utf8) }
        let names = try FileManager.default.contentsOfDirectory(atPath: expected.path)
        let nested = names.filter { $0.hasSuffix(".nested.template.json") }.sorted()
        let stacks = names.filter { $0.hasSuffix(".template.json") && !$0.hasSuffix(".nested.template.json") }.sorted()
        var hashes: [(ours: String, theirs: String)] = []
        for name in nested {
            let ours = try #require(files[name], "\(name) is written"), theirs = try expectedText(name)
            for function in Self.handlerFunctions {
                let ourHash = try #require(try codeHash(ours, function)), theirHash = try #require(try codeHash(theirs, function))
                #expect(ourHash != theirHash, "\(function) runs swift-cdk's own handler, so its asset differs")
                hashes.append((ourHash, theirHash))
            }
            #expect(theirHashes(ours, hashes) == theirs, "\(name)")
        }
        for name in stacks {
            let ours = try #require(files[name], "\(name) is written"), theirs = try expectedText(name)
            hashes += zip(nestedTemplateHashes(ours), nestedTemplateHashes(theirs)).map { ($0, $1) }
            #expect(theirHashes(ours, hashes) == theirs, "\(name)")
            hashes.append((SHA256.hex(Array(ours.utf8)), SHA256.hex(Array(theirs.utf8))))
        }
        for name in names where name.hasSuffix(".assets.json") {
            let ours = try #require(files[name], "\(name) is written")
            #expect(withoutDestinationHashes(theirHashes(ours, hashes)) == withoutDestinationHashes(try expectedText(name)), "\(name)")
        }
    }

    @Test func filesEqualTheAWSCDKsButForTheHandlerCode() throws {
        try expectTheAWSCDKsFilesButForTheHandlerCode(try referenceApp(), fixture: "dynamodb-replication-reference")
    }

    /// Under the two flags: the handlers' statements in policies of their own, replicas kept or
    /// not after the removal policies applied last, a condition per region and a 1-hour waiter
    /// in the environment-agnostic stack, grants on the replicas' indexes added after the grant,
    /// and on the replicas from a stack in another region.
    @Test func filesUnderTheFlagsEqualTheAWSCDKsButForTheHandlerCode() throws {
        try expectTheAWSCDKsFilesButForTheHandlerCode(try flagsReferenceApp(), fixture: "dynamodb-replication-flags-reference")
    }

    @Test func theHandlersAreTheProjectsOwn() throws {
        let assembly = try referenceApp().synth()
        let nested = try #require(assembly.files.first { $0.name == Self.nestedTemplate }?.contents)
        func folder(of function: String) throws -> String {
            let hash = try #require(try codeHash(nested, function))
            return try #require(assembly.stagedAssets.first { $0.name == "asset.\(hash)" }?.sourcePath)
        }
        let replica = try folder(of: "OnEventHandler42BEBAE0"), framework = try folder(of: "ProviderframeworkonEvent83C1D0A7")
        #expect(try FileManager.default.contentsOfDirectory(atPath: replica) == ["index.js"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: framework).sorted() == ["cloudformation-response.js", "framework.js"])
        let handlers = Self.root.appendingPathComponent("Handlers")
        #expect(try String(contentsOfFile: replica + "/index.js", encoding: .utf8)
            == String(contentsOf: handlers.appendingPathComponent("dynamodb-replica/index.js"), encoding: .utf8))
        #expect(try String(contentsOfFile: framework + "/framework.js", encoding: .utf8)
            == String(contentsOf: handlers.appendingPathComponent("provider-framework/framework.js"), encoding: .utf8))
        #expect(try String(contentsOfFile: framework + "/cloudformation-response.js", encoding: .utf8)
            == String(contentsOf: handlers.appendingPathComponent("nodejs-response/cloudformation-response.js"), encoding: .utf8))
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
        #expect(keyError?.message.contains("TableEncryption.CUSTOMER_MANAGED is not supported by DynamoDB Global Tables (where replicationRegions was set)") == true)
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
        // A provisioned table writes no BillingMode (PROVISIONED is CloudFormation's default).
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "111111111111", region: "us-east-1"))
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: key("id"))) {
            $0.billingMode = .provisioned
            $0.replicationRegions = ["eu-west-1"]
        }
        try table.autoScaleWriteCapacity(.init(minCapacity: 1, maxCapacity: 10)).scaleOnUtilization(.init(targetUtilizationPercent: 75))
        let properties = try #require(Template(stack).findResources("AWS::DynamoDB::Table").members.first?.value["Properties"])
        #expect(properties["BillingMode"] == nil)
        #expect(properties["ProvisionedThroughput"] != nil)
    }
}
