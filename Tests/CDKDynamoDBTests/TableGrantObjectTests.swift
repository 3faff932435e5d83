import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import Testing

/// The grant objects of tables (`TableGrants`, `StreamGrants`): their errors, and what they
/// write on a `CfnTable` whose resource policy is given or is a token.
@Suite struct TableGrantObjectTests {
    @Test func streamGrantsNeedAStream() throws {
        let stack = try makeStack()
        let table = try makeTable(stack)
        try expectError(path: "/S/T", message: "DynamoDB Streams must be enabled on the table S/T") { _ = try table.streamGrants }
        let imported = try DynamoDB.Table.fromTableName(stack, "Imported", tableName: "other")
        try expectError(path: "/S/Imported", message: "DynamoDB Streams must be enabled on the table S/Imported") {
            try imported.streamGrants.list(try makeRole(stack))
        }
    }

    @Test func replicationNeedsAnArnWithAnAccount() throws {
        let stack = try makeStack()
        let table = try makeTable(stack)
        for arn in ["arn:aws:dynamodb:us-east-1::table/Replica", "not an arn"] {
            try expectError(path: "/S/T", message: .init(stringLiteral: "Invalid table ARN: \(arn). ARN must include account ID.")) {
                try table.grants.multiAccountReplicationTo(arn)
            }
            try expectError(path: "/S/T", message: .init(stringLiteral: "Invalid table ARN: \(arn). ARN must include account ID.")) {
                try table.grants.multiAccountReplicationFrom(arn)
            }
        }
    }

    @Test func servicePrincipalsAreRejectedOnCfnTablesToo() throws {
        let stack = try makeStack()
        let raw = try DynamoDB.CfnTable(stack, "Raw", keySchema: [.init(attributeName: "pk", keyType: "HASH")])
        try expectError(path: "/S/Raw", message: "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() for an explicit service-specific table policy with required service principal, actions, and conditions") {
            try DynamoDB.TableGrants.fromCfnTable(raw).readData(IAM.ServicePrincipal("lambda.amazonaws.com"))
        }
        // The replication service is one DynamoDB accepts: it goes to the resource policy.
        try DynamoDB.TableGrants.fromCfnTable(raw).actions(IAM.ServicePrincipal("replication.dynamodb.amazonaws.com"), ["dynamodb:GetItem"])
        #expect(raw.resourcePolicy?.policyDocument == [
            "Statement": [["Action": "dynamodb:GetItem", "Effect": "Allow", "Principal": ["Service": "replication.dynamodb.amazonaws.com"], "Resource": "*"]],
            "Version": "2012-10-17",
        ])
    }

    @Test func aGivenResourcePolicyOfACfnTableIsExtended() throws {
        let stack = try makeStack()
        let existing: JSONValue = ["Statement": [["Action": "dynamodb:Query", "Effect": "Allow", "Principal": ["AWS": "arn:aws:iam::777777777777:root"], "Resource": "*"]],
                                   "Version": "2012-10-17"]
        let raw = try DynamoDB.CfnTable(stack, "Raw", keySchema: [.init(attributeName: "pk", keyType: "HASH")],
                                        resourcePolicy: .init(policyDocument: existing))
        try DynamoDB.TableGrants.fromCfnTable(raw).multiAccountReplicationFrom("arn:aws:dynamodb:us-east-1:888888888888:table/Source")
        let statements = raw.resourcePolicy?.policyDocument["Statement"]?.arrayValue ?? []
        #expect(statements.count == 2)
        #expect(statements.first == existing["Statement"]?.arrayValue?.first)
        #expect(statements.last?["Sid"] == "AllowReplicationService")
    }

    @Test func aTokenResourcePolicyOfACfnTableIsLeftAlone() throws {
        let stack = try makeStack()
        let document = Lazy.string { "{}" }
        let raw = try DynamoDB.CfnTable(stack, "Raw", keySchema: [.init(attributeName: "pk", keyType: "HASH")],
                                        resourcePolicy: .init(policyDocument: .string(document)))
        try DynamoDB.TableGrants.fromCfnTable(raw).multiAccountReplicationFrom("arn:aws:dynamodb:us-east-1:888888888888:table/Source")
        #expect(raw.resourcePolicy?.policyDocument == .string(document))
    }

    @Test func theGrantsOfATableAreThoseOfItsMethods() throws {
        let viaMethod = try makeStack()
        try makeTable(viaMethod, sorted: true).grantReadWriteData(try makeRole(viaMethod))
        let viaGrants = try makeStack()
        try makeTable(viaGrants, sorted: true).grants.readWriteData(try makeRole(viaGrants))
        #expect(try Template(viaMethod).json == (try Template(viaGrants).json))
    }

    @Test func aTableWithoutANameCannotBeUsedFromAnotherRegion() throws {
        let app = try App(environment: [:])
        let east = try Stack(app, "East", env: Environment(account: "111111111111", region: "us-east-1"))
        let table = try makeTable(east)
        let west = try Stack(app, "West", env: Environment(account: "111111111111", region: "eu-west-1"))
        try table.grantReadData(try makeRole(west))
        try expectSynthesisError(app, path: "/East/T", message: .containing("Cannot use resource 'East/T' in a cross-environment fashion"))
    }

    @Test func aNameGeneratedIfNeededIsLeftOutInItsOwnEnvironment() throws {
        let stack = try makeStack()
        let table = try makeTable(stack) { $0.tableName = PhysicalName.generateIfNeeded }
        try table.grantReadData(try makeRole(stack))
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", ["TableName": Match.absent()])
    }
}
