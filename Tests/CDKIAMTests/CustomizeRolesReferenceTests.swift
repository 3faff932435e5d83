import CDK
import CDKIAM
import Testing

/// The Swift ports of Tests/Fixtures/iam-customize-roles-reference/app.py (precreated roles at
/// the app and at a relative scope) and iam-customize-roles-synth-reference/app.py
/// (`preventSynthesis` off) must write the templates the AWS CDK wrote for them.
@Suite struct CustomizeRolesReferenceTests {
    @Test func precreatedRolesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        try IAM.Role.customizeRoles(app) { $0.usePrecreatedRoles = ["Precreated/Role": "SomeRoleName"] }
        let stack = try Stack(app, "Precreated")
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com"))) {
            $0.inlinePolicies = ["Inline": IAM.PolicyDocument(statements: [IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"])])]
        }
        let other = try IAM.Role.fromRoleName(stack, "OtherRole", "OtherRole")
        try role.grant(other, actions: ["sts:AssumeRole"])
        try role.grantPassRole(other)
        role.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess"))
        role.addManagedPolicy(try IAM.ManagedPolicy(stack, "MyPolicy") {
            $0.statements = [IAM.PolicyStatement(actions: ["sns:Publish"], resources: ["*"])]
        })
        try role.addToPolicy(IAM.PolicyStatement(actions: ["*"], resources: ["*"]))
        _ = try role.withoutPolicyUpdates()
        try role.applyRemovalPolicy(.destroy)
        _ = try CfnResource(stack, "MyResource", type: "AWS::Custom", properties: [
            "RoleName": .string(role.roleName), "RoleArn": .string(role.roleArn), "AssumeRoleAction": .string(role.assumeRoleAction),
            "PrincipalAccount": .string(try #require(role.principalAccount)),
        ])

        let relativeStack = try Stack(app, "Relative")
        let sub = try Construct(relativeStack, "SomeConstruct")
        try IAM.Role.customizeRoles(sub) { $0.usePrecreatedRoles = ["Role": "RelativeRoleName"] }
        let relative = try IAM.Role(sub, "Role", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        _ = try CfnResource(sub, "MyResource", type: "AWS::Custom", properties: ["Role": .string(relative.roleName)])

        let assembly = try app.synth()
        let fixture = ReferenceFixture("iam-customize-roles-reference")
        try fixture.expectSameFile("Precreated.template.json", in: assembly)
        try fixture.expectSameFile("Relative.template.json", in: assembly)
        #expect(assembly.warningsAndErrors.isEmpty)
    }

    @Test func rolesStayWithoutPreventSynthesisAsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        try IAM.Role.customizeRoles(app) { $0.preventSynthesis = false }
        let stack = try Stack(app, "Kept")
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        try role.addToPolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        _ = try CfnResource(stack, "MyResource", type: "AWS::Custom", properties: ["RoleName": .string(role.roleName)])
        let assembly = try app.synth()
        try ReferenceFixture("iam-customize-roles-synth-reference").expectSameFile("Kept.template.json", in: assembly)
        #expect(assembly.warningsAndErrors.isEmpty)
    }
}
