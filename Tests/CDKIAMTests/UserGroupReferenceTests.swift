import CDK
import CDKIAM
import Testing

/// The Swift port of Tests/Fixtures/iam-user-group-reference/app.py must write the templates
/// and warnings the AWS CDK wrote for it.
@Suite struct UserGroupReferenceTests {
    static let fixture = ReferenceFixture("iam-user-group-reference")

    private func build() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Users")

        _ = try IAM.User(stack, "Plain")
        _ = try IAM.User(stack, "WithPassword") { $0.password = .unsafePlainText("1234") }
        _ = try IAM.User(stack, "MustReset") {
            $0.password = .unsafePlainText("1234")
            $0.passwordResetRequired = true
        }
        _ = try IAM.User(stack, "WithManaged") { $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("asdf")] }
        _ = try IAM.User(stack, "Bounded") { $0.permissionsBoundary = IAM.ManagedPolicy.fromAwsManagedPolicyName("managed-policy") }
        _ = try IAM.User(stack, "Named") {
            $0.userName = "alice"
            $0.path = "/team/"
        }

        let group = try IAM.Group(stack, "MyGroup")
        let user1 = try IAM.User(stack, "User1")
        let user2 = try IAM.User(stack, "User2") { $0.groups = [group] }
        user1.addToGroup(group)
        try group.addUser(user2)
        _ = try user1.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        user1.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess"))
        user1.attachInlinePolicy(try IAM.Policy(stack, "UserPolicy") {
            $0.statements = [IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"])]
        })

        _ = try IAM.Group(stack, "ManagedGroup") {
            $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("asdf")]
            $0.groupName = "admins"
            $0.path = "/ops/"
        }
        _ = try group.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["sns:Publish"], resources: ["*"]))
        group.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("Billing"))
        group.attachInlinePolicy(try IAM.Policy(stack, "GroupPolicy") {
            $0.statements = [IAM.PolicyStatement(actions: ["sqs:ReceiveMessage"], resources: ["*"])]
        })

        _ = try IAM.Group(stack, "Full") {
            $0.groupName = "Full"
            $0.managedPolicies = (0..<11).map { IAM.ManagedPolicy.fromAwsManagedPolicyName(String($0)) }
        }
        let later = try IAM.Group(stack, "Later") { $0.groupName = "Later" }
        for i in 0..<12 { later.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName(String(i))) }

        let imported = try IAM.User.fromUserName(stack, "ImportedUser", "john")
        _ = try imported.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["aws:Use"], resources: ["*"]))
        imported.attachInlinePolicy(try IAM.Policy(stack, "Policy") {
            $0.statements = [IAM.PolicyStatement(actions: ["aws:Use"], resources: ["*"])]
        })
        let otherGroup = try IAM.Group(stack, "OtherGroup")
        try imported.addToGroup(group)
        try otherGroup.addUser(imported)

        let byArn = try IAM.User.fromUserArn(stack, "ByArn", "arn:aws:iam::account-id:user/p/a/t/h/MyUserName")
        let tokenUser = try IAM.User.fromUserAttributes(stack, "ByToken", .init(userArn: Token.asString(Intrinsic(["Ref": "ARN"]))))
        let g1 = try IAM.Group.fromGroupName(stack, "ImportedGroup1", "MyGroupName1")
        let g2 = try IAM.Group.fromGroupName(stack, "ImportedGroup2", "division/MyGroupName2")
        let g3 = try IAM.Group.fromGroupArn(stack, "ImportedGroup3", "arn:aws:iam::123456789012:group/ops/Admins")
        _ = try g1.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["ec2:Describe*"], resources: ["*"]))
        try g1.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("Viewer"))
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        try role.grantPassRole(g3)
        _ = try CfnOutput(stack, "ByArnName", value: byArn.userName)
        _ = try CfnOutput(stack, "ByTokenName", value: tokenUser.userName)
        _ = try CfnOutput(stack, "Group1Arn", value: g1.groupArn)
        _ = try CfnOutput(stack, "Group2Arn", value: g2.groupArn)
        _ = try CfnOutput(stack, "Group3Name", value: g3.groupName)
        _ = try CfnOutput(stack, "ImportedUserArn", value: imported.userArn)

        let owner = try Stack(app, "Owner", env: Environment(account: "123456789012", region: "us-east-1"))
        let referencer = try Stack(app, "Referencer", env: Environment(region: "us-east-2"))
        let user = try IAM.User(owner, "User") {
            $0.path = "/sample/path/"
            $0.userName = "sample-name"
        }
        let ownerGroup = try IAM.Group(owner, "Group") {
            $0.path = "/sample/path/"
            $0.groupName = "sample-name"
        }
        _ = try CfnResource(referencer, "Referencer", type: "Custom::Referencer", properties: [
            "UserArn": .string(user.userArn), "GroupArn": .string(ownerGroup.groupArn),
            "UserName": .string(user.userName), "GroupName": .string(ownerGroup.groupName),
        ])
        return app
    }

    @Test func templatesEqualTheAWSCDKs() throws {
        let assembly = try build().synth()
        for file in ["Users.template.json", "Owner.template.json", "Referencer.template.json"] {
            try Self.fixture.expectSameFile(file, in: assembly)
        }
    }

    @Test func warningsEqualTheAWSCDKs() throws {
        let expected = try Self.fixture.messages("Users.metadata.json")
        #expect(try build().synth().warningsAndErrors == expected)
    }
}
