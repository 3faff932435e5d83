import CDK
import CDKAssertions
import CDKIAM
import Testing

/// The behaviours of the AWS CDK's user.test.ts and group.test.ts that their reference app
/// does not show.
@Suite struct UserGroupTests {
    @Test func aPasswordResetNeedsAPassword() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "MyStack")
        try expectError(path: "/MyStack/MyUser", message: "Cannot set \"passwordResetRequired\" without specifying \"initialPassword\"") {
            try IAM.User(stack, "MyUser") { $0.passwordResetRequired = true }
        }
    }

    @Test func importedUsersAreNamedByTheLastPartOfTheirArn() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        for (id, arn) in [("Plain", "arn:aws:iam::account-id:user/MyUserName"), ("Path", "arn:aws:iam::account-id:user/path/MyUserName"),
                          ("Deep", "arn:aws:iam::account-id:user/p/a/t/h/MyUserName")] {
            #expect(try IAM.User.fromUserArn(stack, id, arn).userName == "MyUserName")
            #expect(try IAM.User.fromUserAttributes(stack, id + "Attributes", .init(userArn: arn)).userName == "MyUserName")
        }
        let byName = try IAM.User.fromUserName(stack, "ByName", "MyUserName")
        #expect(try stack.resolve(.string(byName.userArn)) == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"], ":user/MyUserName"]]])
        let token = try IAM.User.fromUserArn(stack, "Token", Token.asString(Intrinsic(["Ref": "ARN"])))
        #expect(try stack.resolve(.string(token.userName)) == ["Fn::Select": [1, ["Fn::Split": [":user/", ["Ref": "ARN"]]]]])
        #expect(try stack.resolve(.string(try #require(token.principalAccount))) == ["Fn::Select": [4, ["Fn::Split": [":", ["Ref": "ARN"]]]]])
    }

    @Test func importedUsersTakeNoManagedPoliciesAndOnlyUserArns() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let user = try IAM.User.fromUserName(stack, "Imported", "john")
        try expectError(path: "/S/Imported", message: "Cannot add managed policy to imported User") {
            try user.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess"))
        }
        try expectError(path: "/S", message: "Expected resource type 'user' in ARN, got 'role'") {
            try IAM.User.fromUserArn(stack, "Role", "arn:aws:iam::123456789012:role/john")
        }
    }

    @Test func usersKeepEachManagedPolicyObjectOnce() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let policy = IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess")
        let user = try IAM.User(stack, "User")
        user.addManagedPolicy(policy)
        user.addManagedPolicy(policy)
        try Template(stack).hasResourceProperties("AWS::IAM::User", ["ManagedPolicyArns": [
            ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::aws:policy/ReadOnlyAccess"]]],
        ]])
    }

    @Test func usersAndGroupsAreGranteesWithDefaultPolicies() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let user = try IAM.User(stack, "User")
        let group = try IAM.Group(stack, "Group")
        let result = try user.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        #expect(result.statementAdded)
        #expect(try group.addToPolicy(IAM.PolicyStatement(actions: ["s3:PutObject"], resources: ["*"])))
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::IAM::Policy", ["Users": [["Ref": .json(.string(try template.logicalId(of: user.cfnUser)))]]])
        try template.hasResourceProperties("AWS::IAM::Policy", ["Groups": [["Ref": .json(.string(try template.logicalId(of: group.cfnGroup)))]]])
        #expect(try stack.resolve(.string(try #require(user.principalAccount))) == ["Ref": "AWS::AccountId"])
    }

    @Test func groupsWarnPastTenManagedPoliciesWithTheirName() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Default")
        let group = try IAM.Group(stack, "MyGroup") { $0.groupName = "MyGroup" }
        for i in 0...11 { group.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName(String(i))) }
        try AnnotationsAssertions(stack).hasWarning("/Default/MyGroup", Match.stringLikeRegexp("You added 11 to IAM Group MyGroup. The maximum number of managed policies attached to an IAM group is 10."))
    }

    /// Passwords are dynamic references to Secrets Manager or SSM, as the AWS CDK writes them.
    @Test func passwordsComeFromSecretValues() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        _ = try IAM.User(stack, "FromSecret") { $0.password = try .secretsManager("console/operator", jsonField: "password") }
        _ = try IAM.User(stack, "FromParameter") {
            $0.password = .ssmSecure("/console/password", version: "3")
            $0.passwordResetRequired = false
        }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::IAM::User", ["LoginProfile": ["Password": "{{resolve:secretsmanager:console/operator:SecretString:password::}}"]])
        try template.hasResourceProperties("AWS::IAM::User", ["LoginProfile": ["Password": "{{resolve:ssm-secure:/console/password:3}}", "PasswordResetRequired": false]])
        try expectError(message: "secret id \"a:b\" is not an ARN but contains \":\"") { try SecretValue.secretsManager("a:b") }
        try expectError(message: "were both provided but only one is allowed") {
            try SecretValue.secretsManager("s", versionStage: "AWSCURRENT", versionId: "1")
        }
    }
}
