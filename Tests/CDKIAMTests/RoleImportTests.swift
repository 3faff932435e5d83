import CDK
import CDKAssertions
import CDKIAM
import Testing

/// Roles imported by ARN or name: mutable and immutable imports, imports of other accounts,
/// the default policy's name and the `importedRoleStackSafeDefaultPolicyName` flag.
@Suite struct RoleImportTests {
    /// The port of Tests/Fixtures/iam-imported-role-flag-reference/app.py.
    @Test func stackSafePolicyNamesEqualTheAWSCDKs() throws {
        let app = try App(context: [IAM.ContextKey.importedRoleStackSafeDefaultPolicyName: true], environment: [:])
        let stack = try Stack(app, "Flagged", env: Environment(account: "123456789012", region: "eu-west-1"))
        let role = try IAM.Role.fromRoleArn(stack, "Imported", "arn:aws:iam::123456789012:role/shared")
        _ = try role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        let named = try IAM.Role.fromRoleArn(stack, "Named", "arn:aws:iam::123456789012:role/named") { $0.defaultPolicyName = "Custom" }
        _ = try named.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:PutObject"], resources: ["*"]))
        let other = try IAM.Role.fromRoleArn(stack, "OtherAccount", "arn:aws:iam::999999999999:role/other") {
            $0.mutable = false
            $0.addGrantsToResources = true
        }
        let result = try other.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:DeleteObject"], resources: ["*"]))
        _ = try CfnOutput(stack, "OtherAdded", value: result.statementAdded ? "True" : "False")
        let cross = try IAM.Role.fromRoleArn(stack, "CrossAccount", "arn:aws:iam::999999999999:role/cross")
        _ = try cross.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:ListBucket"], resources: ["*"]))
        _ = try CfnOutput(stack, "CrossName", value: cross.roleName)
        try ReferenceFixture("iam-imported-role-flag-reference").expectSameFile("Flagged.template.json", in: try app.synth())
        #expect(!cross.isMutable)
        #expect(role.isMutable)
    }

    @Test func addGrantsToResourcesNeedsAnImmutableImport() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        try expectError(path: "/S", message: "'addGrantsToResources' can only be passed if 'mutable: false'") {
            try IAM.Role.fromRoleArn(stack, "Imported", "arn:aws:iam::123456789012:role/r") { $0.addGrantsToResources = true }
        }
    }

    @Test func malformedArnsAreErrorsOfTheScope() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        try expectError(path: "/S", message: "ARNs must have at least 6 components") {
            try IAM.Role.fromRoleArn(stack, "Imported", "not-an-arn:role/r")
        }
    }

    @Test func importedRolesAreNamedByTheLastPartOfTheirPath() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "123456789012", region: "eu-west-1"))
        let role = try IAM.Role.fromRoleArn(stack, "Imported", "arn:aws:iam::123456789012:role/service-role/my.service.amazonaws.com/service-role/Worker")
        #expect(role.roleName == "Worker")
        #expect(role.roleArn == "arn:aws:iam::123456789012:role/service-role/my.service.amazonaws.com/service-role/Worker")
        #expect(role.principalAccount == "123456789012")
        #expect(role.policyFragment.principalJSON.first?.values == [role.roleArn])
    }

    /// An imported role's grants act on the role's ARN; policies of another account are not attached.
    @Test func grantsOnImportedRolesUseTheirArn() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "123456789012", region: "eu-west-1"))
        let role = try IAM.Role.fromRoleName(stack, "Imported", "deployer")
        let user = try IAM.User(stack, "User")
        try role.grantAssumeRole(user)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": "sts:AssumeRole", "Effect": "Allow",
            "Resource": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::123456789012:role/deployer"]]],
        ]]]])
    }
}
