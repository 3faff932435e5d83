import CDK
import CDKAssertions
import CDKIAM
import Testing

/// The `customizeRoles` behaviours of the AWS CDK's role.test.ts that its reference apps do not show.
@Suite struct CustomizeRolesTests {
    private func sns() -> IAM.ServicePrincipal { IAM.ServicePrincipal("sns.amazonaws.com") }

    @Test func aRoleWithoutAPrecreatedNameIsAnError() throws {
        let app = try App(environment: [:])
        try IAM.Role.customizeRoles(app)
        let stack = try Stack(app, "MyStack")
        _ = try IAM.Role(stack, "Role", .init(assumedBy: sns()))
        try AnnotationsAssertions(stack).hasError("/MyStack/Role", Match.stringLikeRegexp("IAM Role is being created at path \"MyStack/Role\""))
        try Template(stack).resourceCountIs("AWS::IAM::Role", 0)
    }

    @Test func aPrecreatedNameThatIsATokenIsAnError() throws {
        let app = try App(environment: [:])
        try IAM.Role.customizeRoles(app) { $0.usePrecreatedRoles = ["MyStack/Role": Lazy.string { "RoleName" }] }
        let stack = try Stack(app, "MyStack")
        _ = try IAM.Role(stack, "Role", .init(assumedBy: sns()))
        try AnnotationsAssertions(stack).hasError("/MyStack/Role", Match.stringLikeRegexp("Cannot resolve precreated role name at path \"MyStack/Role\""))
    }

    @Test func pathsMayBeAbsoluteOrRelativeToTheScope() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "MyStack")
        let sub = try Construct(stack, "SomeConstruct")
        try IAM.Role.customizeRoles(sub) { $0.usePrecreatedRoles = ["MyStack/SomeConstruct/Role": "SomeRoleName"] }
        let role = try IAM.Role(sub, "Role", .init(assumedBy: sns()))
        _ = try CfnResource(sub, "MyResource", type: "AWS::Custom", properties: ["Role": .string(role.roleName)])
        let template = try Template(stack)
        try template.resourceCountIs("AWS::IAM::Role", 0)
        try template.hasResourceProperties("AWS::Custom", ["Role": "SomeRoleName"])
    }

    /// Grants, statements and managed policies of a precreated role create nothing.
    @Test func precreatedRolesGetNoPolicies() throws {
        let app = try App(environment: [:])
        try IAM.Role.customizeRoles(app) { $0.usePrecreatedRoles = ["MyStack/Role": "SomeRoleName"] }
        let stack = try Stack(app, "MyStack")
        let role = try IAM.Role(stack, "Role", .init(assumedBy: sns()))
        let imported = try IAM.Role.fromRoleName(stack, "ImportedRole", "ImportedRole")
        try imported.grant(role, actions: ["sts:AssumeRole"])
        #expect(try role.addToPolicy(IAM.PolicyStatement(actions: ["*"], resources: ["*"])) == false)
        #expect(try role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])).statementAdded)
        try role.grantAssumeRole(imported)
        role.addManagedPolicy(try IAM.ManagedPolicy(stack, "MyPolicy") { $0.statements = [IAM.PolicyStatement(actions: ["sns:Publish"], resources: ["*"])] })
        try role.applyRemovalPolicy(.destroy)
        let template = try Template(stack)
        try template.resourceCountIs("AWS::IAM::Role", 0)
        try template.resourceCountIs("AWS::IAM::Policy", 0)
        try template.resourceCountIs("AWS::IAM::ManagedPolicy", 0)
    }

    @Test func precreatedRolesHaveNoRoleId() throws {
        let app = try App(environment: [:])
        try IAM.Role.customizeRoles(app) { $0.usePrecreatedRoles = ["MyStack/Role": "SomeRoleName"] }
        let stack = try Stack(app, "MyStack")
        let role = try IAM.Role(stack, "Role", .init(assumedBy: sns()))
        try expectError(path: "/MyStack/Role", message: "\"roleId\" is not available on precreated roles") { try role.roleId }
        #expect(try stack.resolve(.string(role.roleArn)) == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"], ":role/SomeRoleName"]]])
        #expect(try stack.resolve(role.assumeRolePolicy.jsonValue) == ["Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "sns.amazonaws.com"]]], "Version": "2012-10-17"])
    }

    /// Imported roles of a customized scope stand in for precreated roles too.
    @Test func importedRolesOfACustomizedScopeArePrecreated() throws {
        let app = try App(environment: [:])
        try IAM.Role.customizeRoles(app)
        let stack = try Stack(app, "MyStack")
        let imported = try IAM.Role.fromRoleArn(stack, "Imported", "arn:aws:iam::123456789012:role/existing")
        #expect(try imported.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])).statementAdded)
        #expect(imported.roleName == "existing")
        try Template(stack).resourceCountIs("AWS::IAM::Policy", 0)
    }

    @Test func customizingAfterChildrenIsAnError() throws {
        let app = try App(environment: [:])
        _ = try Stack(app, "MyStack")
        try expectError(message: "Cannot set context after children have been added") { try IAM.Role.customizeRoles(app) }
    }
}
