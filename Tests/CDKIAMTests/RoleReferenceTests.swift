import CDK
import CDKIAM
import Testing

/// The Swift port of Tests/Fixtures/iam-role-reference/app.py must write the templates and
/// warnings the AWS CDK wrote for it.
@Suite struct RoleReferenceTests {
    static let fixture = ReferenceFixture("iam-role-reference")

    private func build() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Roles")
        let sns = { IAM.ServicePrincipal("sns.amazonaws.com") }

        _ = try IAM.Role(stack, "Default", .init(assumedBy: sns()))
        _ = try IAM.Role(stack, "OneExternalId", .init(assumedBy: sns())) { $0.externalIds = ["SomeSecret"] }
        _ = try IAM.Role(stack, "TwoExternalIds", .init(assumedBy: sns())) { $0.externalIds = ["SomeSecret", "AnotherSecret"] }
        _ = try IAM.Role(stack, "Federated", .init(assumedBy: IAM.FederatedPrincipal(
            "foo", conditions: ["StringEquals": ["key": "value"]], assumeRoleAction: "sts:AssumeSomething")))
        _ = try IAM.Role(stack, "WebIdentity", .init(assumedBy: IAM.WebIdentityPrincipal(
            "cognito-identity.amazonaws.com", conditions: ["StringEquals": ["cognito-identity.amazonaws.com:aud": "pool"]])))
        _ = try IAM.Role(stack, "Pathed", .init(assumedBy: sns())) { $0.path = "/" }
        _ = try IAM.Role(stack, "ShortName", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.path = "/a/b/" }
        _ = try IAM.Role(stack, "Session", .init(assumedBy: sns())) { $0.maxSessionDuration = .seconds(3700) }
        _ = try IAM.Role(stack, "Composite", .init(assumedBy: IAM.CompositePrincipal(
            IAM.ServicePrincipal("boom.amazonaws.test"), IAM.ArnPrincipal("1111111"))))
        _ = try IAM.Role(stack, "Bounded", .init(assumedBy: sns())) {
            $0.permissionsBoundary = IAM.ManagedPolicy.fromAwsManagedPolicyName("managed-policy")
        }
        _ = try IAM.Role(stack, "Anyone", .init(assumedBy: IAM.AnyPrincipal()))
        _ = try IAM.Role(stack, "Described", .init(assumedBy: sns())) { $0.description = "This is a role description." }
        _ = try IAM.Role(stack, "EmptyDescription", .init(assumedBy: sns())) { $0.description = "" }
        _ = try IAM.Role(stack, "Canonical", .init(assumedBy: IAM.CanonicalUserPrincipal("abc123")))
        _ = try IAM.Role(stack, "Tagged", .init(assumedBy: sns().withSessionTags()))
        _ = try IAM.Role(stack, "Named", .init(assumedBy: sns())) { $0.roleName = String(repeating: "a", count: 64) }

        let managed = try IAM.Role(stack, "Managed", .init(assumedBy: IAM.ServicePrincipal("test.service"))) {
            $0.managedPolicies = [try IAM.ManagedPolicy.fromManagedPolicyArn(stack, "M1", "managed1"),
                                  try IAM.ManagedPolicy.fromManagedPolicyArn(stack, "M2", "managed2")]
        }
        managed.addManagedPolicy(try IAM.ManagedPolicy.fromManagedPolicyArn(stack, "M3", "managed3"))

        let grantee = try IAM.User(stack, "User")
        let target = try IAM.Role(stack, "Target", .init(assumedBy: IAM.ServicePrincipal("henk.amazonaws.com")))
        try target.grantPassRole(grantee)
        try target.grantAssumeRole(grantee)
        try target.grant(grantee, actions: ["iam:GetRole", "iam:TagRole"])
        _ = try IAM.Role(stack, "AssumedByUser", .init(assumedBy: grantee))

        let dedup = try IAM.Role(stack, "Dedup", .init(assumedBy: sns())) {
            $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("SuperDeveloper"),
                                  IAM.ManagedPolicy.fromAwsManagedPolicyName("SuperDeveloper")]
        }
        _ = try dedup.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"]))
        for _ in 0..<20 { dedup.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("SuperDeveloper")) }

        let many = try IAM.Role(stack, "ManyPolicies", .init(assumedBy: sns()))
        _ = try many.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"]))
        for i in 0..<20 { many.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("SuperDeveloper\(i)")) }

        let some = try IAM.Role(stack, "SomePolicies", .init(assumedBy: sns()))
        _ = try some.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"]))
        for i in 0..<11 { some.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("Developer\(i)")) }

        let large = try IAM.Role(stack, "Large", .init(assumedBy: IAM.ServicePrincipal("service.amazonaws.com")))
        for i in 0..<200 {
            _ = try large.addToPrincipalPolicy(IAM.PolicyStatement(
                actions: ["aws:DoAThing"], resources: ["arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource\(i)"]))
        }
        let result = try large.addToPrincipalPolicy(IAM.PolicyStatement(
            actions: ["aws:DoAThing"], resources: ["arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource200"]))
        let depender = try CfnResource(stack, "Depender", type: "AWS::Some::Resource")
        depender.node.addDependency(try #require(result.policyDependable))

        let copies = try IAM.Role(stack, "Copies", .init(assumedBy: IAM.ServicePrincipal("service.amazonaws.com")))
        for _ in 0..<100 {
            _ = try copies.addToPrincipalPolicy(IAM.PolicyStatement(
                actions: ["aws:DoAThing"], resources: ["arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource"]))
        }

        let frozen = try IAM.Role(stack, "Frozen", .init(assumedBy: sns()))
        let immutable = try frozen.withoutPolicyUpdates()
        _ = try immutable.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"]))
        try immutable.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("Ignored"))
        _ = try CfnOutput(stack, "FrozenArn", value: immutable.roleArn)

        let byName = try IAM.Role.fromRoleName(stack, "ByName", "existing-role")
        _ = try byName.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        try byName.addManagedPolicy(try IAM.ManagedPolicy(stack, "Attached") {
            $0.statements = [IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"])]
        })
        try byName.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess"))
        try byName.grantPassRole(grantee)
        let byArn = try IAM.Role.fromRoleArn(stack, "ByArn", "arn:aws:iam::123456789012:role/service-role/path/imported") {
            $0.defaultPolicyName = "MyPolicy"
        }
        _ = try byArn.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["sqs:ReceiveMessage"], resources: ["*"]))
        let other = try IAM.Role.fromRoleArn(stack, "OtherAccount", "arn:aws:iam::999999999999:role/other")
        _ = try other.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["sqs:DeleteMessage"], resources: ["*"]))
        let fixed = try IAM.Role.fromRoleArn(stack, "Fixed", "arn:aws:iam::123456789012:role/fixed") { $0.mutable = false }
        _ = try fixed.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["sqs:PurgeQueue"], resources: ["*"]))
        _ = try CfnOutput(stack, "ByArnName", value: byArn.roleName)
        _ = try CfnOutput(stack, "ByNameArn", value: byName.roleArn)
        let tokenArn = try CfnParameter(stack, "RoleArnParameter").valueAsString
        let fromToken = try IAM.Role.fromRoleArn(stack, "FromToken", tokenArn)
        _ = try CfnOutput(stack, "FromTokenName", value: fromToken.roleName)

        let roleStack = try Stack(app, "RoleStack", env: Environment(account: "123456789012", region: "us-east-1"))
        let referencer = try Stack(app, "Referencer", env: Environment(region: "us-east-2"))
        let pathed = try IAM.Role(roleStack, "Role", .init(assumedBy: sns())) {
            $0.path = "/sample/path/"
            $0.roleName = "sample-name"
        }
        let generated = try IAM.Role(roleStack, "Generated", .init(assumedBy: sns())) { $0.roleName = PhysicalName.generateIfNeeded }
        _ = try CfnResource(referencer, "Referencer", type: "Custom::RoleReferencer", properties: [
            "RoleArn": .string(pathed.roleArn), "RoleName": .string(pathed.roleName),
            "GeneratedArn": .string(generated.roleArn), "GeneratedName": .string(generated.roleName),
        ])
        return app
    }

    @Test func templatesEqualTheAWSCDKs() throws {
        let assembly = try build().synth()
        for file in ["Roles.template.json", "RoleStack.template.json", "Referencer.template.json"] {
            try Self.fixture.expectSameFile(file, in: assembly)
        }
    }

    /// The managed policy warnings match. The warning about an imported managed policy holds
    /// its ARN, a token: the AWS CDK writes the token's text, this library its value.
    @Test func warningsEqualTheAWSCDKs() throws {
        var expected = try Self.fixture.messages("Roles.metadata.json")
        var actual = try build().synth().warningsAndErrors
        let removed = actual.removeValue(forKey: "/Roles/ByName")
        let importWarning = try #require(removed)
        let expectedImportWarning = expected.removeValue(forKey: "/Roles/ByName")
        #expect(expectedImportWarning?.count == 1)
        #expect(importWarning.count == 1)
        #expect(importWarning.first?.contains("Can't combine imported IManagedPolicy: arn:") == true)
        #expect(importWarning.first?.contains(":iam::aws:policy/ReadOnlyAccess to imported role IRole: existing-role. Use ManagedPolicy directly. [ack: @aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy]") == true)
        #expect(actual == expected)
    }
}
