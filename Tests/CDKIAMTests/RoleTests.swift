import CDK
import CDKAssertions
import CDKIAM
import Testing

/// The behaviours of the AWS CDK's role.test.ts that its reference app does not show:
/// validation of the props, grants, policy validation at synthesis, attributes.
@Suite struct RoleTests {
    private func stack() throws -> (App, Stack) {
        let app = try App(environment: [:])
        return (app, try Stack(app, "S"))
    }

    private func sns() -> IAM.ServicePrincipal { IAM.ServicePrincipal("sns.amazonaws.com") }

    @Test func isRoleTellsRolesOfTheAppFromImportedOnes() throws {
        let (_, stack) = try stack()
        #expect(IAM.Role.isRole(try IAM.Role(stack, "Role", .init(assumedBy: sns()))))
        #expect(!IAM.Role.isRole(try IAM.Role.fromRoleName(stack, "Imported", "ImportedRole")))
        #expect(!IAM.Role.isRole(nil))
    }

    @Test func theDefaultPolicyIsCreatedOnFirstStatementAndNamedByItsLogicalId() throws {
        let (_, before) = try stack()
        let untouched = try IAM.Role(before, "MyRole", .init(assumedBy: sns()))
        #expect(untouched.defaultPolicyIfCreated == nil)
        try Template(before).resourceCountIs("AWS::IAM::Policy", 0)
        let (_, stack) = try stack()
        let role = try IAM.Role(stack, "MyRole", .init(assumedBy: sns()))
        try role.addToPolicy(IAM.PolicyStatement(actions: ["service:myaction"], resources: ["myresource"]))
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", [
            "PolicyDocument": ["Statement": [["Action": "service:myaction", "Effect": "Allow", "Resource": "myresource"]], "Version": "2012-10-17"],
            "PolicyName": "MyRoleDefaultPolicyA36BE1DD",
            "Roles": [["Ref": "MyRoleF48FFE04"]],
        ])
    }

    @Test func grantsDependOnThePolicyTheirStatementEndsUpIn() throws {
        let (_, stack) = try stack()
        let role = try IAM.Role(stack, "Fn", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let grant = try IAM.Grant.addToPrincipal(grantee: role, actions: ["sqs:SendMessage"], resourceArns: ["arn:q"])
        #expect(grant.success)
        let depender = try CfnResource(stack, "Depender", type: "AWS::Some::Resource")
        grant.applyBefore(depender)
        try Template(stack).hasResource("AWS::Some::Resource", ["DependsOn": [.json(.string(try Template(stack).logicalId(of: try #require(role.defaultPolicyIfCreated).cfnPolicy)))]])
    }

    @Test func serviceAndAccountPrincipalsCannotBeGrantedAssumeRole() throws {
        let (_, stack) = try stack()
        let user = try IAM.User(stack, "User")
        let role = try IAM.Role(stack, "MyRole", .init(assumedBy: user))
        let message = "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead."
        try expectError(path: "/S/MyRole", message: .exactly(message)) { try role.grantAssumeRole(IAM.ServicePrincipal("beep-boop.amazonaws.com")) }
        try expectError(path: "/S/MyRole", message: .exactly(message)) { try role.grantAssumeRole(IAM.AccountPrincipal("123456789012")) }
        try expectError(path: "/S/MyRole", message: .exactly(message)) { try role.grantAssumeRole(IAM.AccountRootPrincipal()) }
    }

    @Test func roleNamesAreValidatedUnlessTheyAreTokens() throws {
        let (_, stack) = try stack()
        _ = try IAM.Role(stack, "Longest", .init(assumedBy: sns())) { $0.roleName = String(repeating: "a", count: 64) }
        _ = try IAM.Role(stack, "Symbols", .init(assumedBy: sns())) { $0.roleName = "a_b+c=d,e.f@g-h" }
        let invalid = [String(repeating: "a", count: 65), "", "invalid name"] + "!#$%^&*()".map { "invalid\($0)" }
        for (index, name) in invalid.enumerated() {
            try expectError(path: "/S/Invalid\(index)", message: "Invalid roleName. The name must be a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must be between 1 and 64 characters.") {
                try IAM.Role(stack, "Invalid\(index)", .init(assumedBy: sns())) { $0.roleName = name }
            }
        }
        let token = Lazy.string { "not valid!" }
        _ = try IAM.Role(stack, "Token", .init(assumedBy: sns())) { $0.roleName = token }
    }

    @Test func pathsAreValidatedWithTheAWSCDKsMessages() throws {
        let (_, stack) = try stack()
        _ = try IAM.Role(stack, "Root", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.path = "/" }
        _ = try IAM.Role(stack, "Nested", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.path = "/a/b~c/" }
        try expectError(path: "/S/Empty", message: .exactly("Role path must be between 1 and 512 characters. The provided role path is 0 characters.")) {
            try IAM.Role(stack, "Empty", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.path = "" }
        }
        try expectError(path: "/S/Long", message: .exactly("Role path must be between 1 and 512 characters. The provided role path is 513 characters.")) {
            try IAM.Role(stack, "Long", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.path = "/" + String(repeating: "a", count: 511) + "/" }
        }
        for (index, path) in ["aaa", "/a", "/\u{20}\u{80}/", "//"].enumerated() {
            try expectError(path: "/S/Bad\(index)", message: .exactly("Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by slashes. Valid characters are unicode characters in [\\u0021-\\u007F]. However, \(path) is provided.")) {
                try IAM.Role(stack, "Bad\(index)", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.path = path }
            }
        }
    }

    @Test func sessionsLastBetweenOneAndTwelveHours() throws {
        let (_, stack) = try stack()
        _ = try IAM.Role(stack, "OneHour", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.maxSessionDuration = .hours(1) }
        _ = try IAM.Role(stack, "TwelveHours", .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.maxSessionDuration = .hours(12) }
        for (id, duration, seconds) in [("Minute", Duration.minutes(1), 60), ("Short", .seconds(3599), 3599), ("Long", .seconds(43201), 43201)] {
            try expectError(path: "/S/\(id)", message: "maxSessionDuration is set to \(seconds), but must be >= 3600sec (1hr) and <= 43200sec (12hrs)") {
                try IAM.Role(stack, id, .init(assumedBy: IAM.ServicePrincipal("bla"))) { $0.maxSessionDuration = duration }
            }
        }
    }

    @Test func descriptionsHaveAtMostAThousandCharacters() throws {
        let (_, stack) = try stack()
        _ = try IAM.Role(stack, "Thousand", .init(assumedBy: sns())) { $0.description = String(repeating: "d", count: 1000) }
        try expectError(path: "/S/TooLong", message: "Role description must be no longer than 1000 characters.") {
            try IAM.Role(stack, "TooLong", .init(assumedBy: sns())) { $0.description = String(repeating: "d", count: 1001) }
        }
    }

    /// Statements with principals are invalid in every identity policy of a role: managed,
    /// default, inline from the props and attached.
    @Test func identityPoliciesOfTheRoleMayNotNamePrincipals() throws {
        let withPrincipal = { IAM.PolicyStatement(actions: ["*"], resources: ["*"], principals: [IAM.ServicePrincipal("sns.amazonaws.com")]) }
        let message: TextExpectation = "A PolicyStatement used in an identity-based policy cannot specify any IAM principals"
        do {
            let (app, stack) = try stack()
            _ = try IAM.Role(stack, "MyRole", .init(assumedBy: sns())) {
                $0.managedPolicies = [try IAM.ManagedPolicy(stack, "MyManagedPolicy") { $0.statements = [withPrincipal()] }]
            }
            try expectSynthesisError(app, path: "/S/MyManagedPolicy", message: message)
        }
        do {
            let (app, stack) = try stack()
            let role = try IAM.Role(stack, "MyRole", .init(assumedBy: sns()))
            _ = try role.addToPrincipalPolicy(withPrincipal())
            try expectSynthesisError(app, path: "/S/MyRole/DefaultPolicy", message: message)
        }
        do {
            let (app, stack) = try stack()
            _ = try IAM.Role(stack, "MyRole", .init(assumedBy: sns())) {
                $0.inlinePolicies = ["testPolicy": IAM.PolicyDocument(statements: [withPrincipal()])]
            }
            try expectSynthesisError(app, path: "/S/MyRole", message: message)
        }
        do {
            let (app, stack) = try stack()
            let role = try IAM.Role(stack, "MyRole", .init(assumedBy: sns()))
            role.attachInlinePolicy(try IAM.Policy(stack, "MyPolicy") { $0.statements = [withPrincipal()] })
            try expectSynthesisError(app, path: "/S/MyPolicy", message: message)
        }
    }

    @Test func trustPolicyStatementsMustNamePrincipals() throws {
        let (app, stack) = try stack()
        let role = try IAM.Role(stack, "MyRole", .init(assumedBy: sns()))
        role.assumeRolePolicy.addStatements(IAM.PolicyStatement(actions: ["*"]))
        try expectSynthesisError(app, path: "/S/MyRole", message: "A PolicyStatement used in a trust policy must specify at least one IAM principal.")
    }

    @Test func managedPolicyArnsAreDeduplicatedWhenAddedAndWhenWritten() throws {
        let (_, stack) = try stack()
        let policy = IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess")
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.AccountPrincipal("123456789012"))) { $0.managedPolicies = [policy, policy] }
        role.addManagedPolicy(IAM.ManagedPolicy.fromManagedPolicyArn("arn:aws:iam::aws:policy/Other"))
        role.addManagedPolicy(IAM.ManagedPolicy.fromManagedPolicyArn("arn:aws:iam::aws:policy/Other"))
        try Template(stack).hasResourceProperties("AWS::IAM::Role", ["ManagedPolicyArns": [
            ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::aws:policy/ReadOnlyAccess"]]],
            "arn:aws:iam::aws:policy/Other",
        ]])
    }

    @Test func attributesReferToTheRoleInItsOwnEnvironment() throws {
        let (_, stack) = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: sns()))
        let id = try stack.getLogicalId(role.cfnRole)
        #expect(try stack.resolve(.string(role.roleArn)) == ["Fn::GetAtt": [.string(id), "Arn"]])
        #expect(try stack.resolve(.string(role.roleName)) == ["Ref": .string(id)])
        #expect(try stack.resolve(.string(try role.roleId)) == ["Fn::GetAtt": [.string(id), "RoleId"]])
        #expect(try stack.resolve(.string(try #require(role.principalAccount))) == ["Ref": "AWS::AccountId"])
        #expect(role.policyFragment.principalJSON.first?.key == "AWS")
        #expect(role.isMutable)
    }

    /// A role whose name CloudFormation chooses cannot be named in another environment.
    @Test func rolesWithoutANameCannotBeUsedFromAnotherEnvironment() throws {
        let app = try App(environment: [:])
        let owner = try Stack(app, "Owner", env: Environment(account: "123456789012", region: "us-east-1"))
        let consumer = try Stack(app, "Consumer", env: Environment(account: "210987654321", region: "us-east-1"))
        let role = try IAM.Role(owner, "Role", .init(assumedBy: sns()))
        _ = try CfnResource(consumer, "Uses", type: "Custom::Uses", properties: ["Role": .string(role.roleArn)])
        try expectSynthesisError(app, path: "/Owner/Role", message: "Cannot use resource 'Owner/Role' in a cross-environment fashion, the resource's physical name must be explicit set or use `PhysicalName.GENERATE_IF_NEEDED`")
    }

    /// Generating a name needs the account and region of the role's stack.
    @Test func generatedNamesNeedAConcreteEnvironment() throws {
        let app = try App(environment: [:])
        let owner = try Stack(app, "Owner", env: Environment(region: "us-east-1"))
        let consumer = try Stack(app, "Consumer", env: Environment(account: "210987654321", region: "us-east-1"))
        let role = try IAM.Role(owner, "Role", .init(assumedBy: sns())) { $0.roleName = PhysicalName.generateIfNeeded }
        _ = try CfnResource(consumer, "Uses", type: "Custom::Uses", properties: ["Role": .string(role.roleName)])
        try expectSynthesisError(app, path: "/Owner/Role", message: "Cannot generate a physical name for Owner/Role, because the account is un-resolved or missing")
    }

    /// Within one environment, the role's attributes are references (exported across stacks).
    @Test func attributesAreReferencesAcrossStacksOfOneEnvironment() throws {
        let app = try App(environment: [:])
        let env = Environment(account: "123456789012", region: "us-east-1")
        let owner = try Stack(app, "Owner", env: env)
        let consumer = try Stack(app, "Consumer", env: env)
        let role = try IAM.Role(owner, "Role", .init(assumedBy: sns())) { $0.roleName = PhysicalName.generateIfNeeded }
        _ = try CfnResource(consumer, "Uses", type: "Custom::Uses", properties: ["Role": .string(role.roleArn)])
        try Template(consumer).hasResourceProperties("Custom::Uses", ["Role": ["Fn::ImportValue": Match.stringLikeRegexp("^Owner:ExportsOutputFnGetAttRole1ABCC5F0Arn")]])
        let ownerTemplate = try Template(owner)
        try ownerTemplate.hasResourceProperties("AWS::IAM::Role", ["RoleName": Match.absent()])
    }

    @Test func removalPoliciesGoToTheRoleResource() throws {
        let (_, stack) = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: sns()))
        try role.applyRemovalPolicy(.retain)
        try Template(stack).hasResource("AWS::IAM::Role", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
    }

    @Test func rolesWithoutPolicyUpdatesKeepTheirPolicies() throws {
        let (_, stack) = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: sns()))
        let immutable = try role.withoutPolicyUpdates()
        #expect(try role.withoutPolicyUpdates() === immutable)
        #expect(!immutable.isMutable)
        #expect(immutable.roleArn == role.roleArn)
        #expect(try immutable.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])).statementAdded)
        let depender = try CfnResource(stack, "Depender", type: "AWS::Some::Resource")
        depender.node.addDependency(immutable)
        try Template(stack).resourceCountIs("AWS::IAM::Policy", 0)
        try Template(stack).hasResource("AWS::Some::Resource", ["DependsOn": [.json(.string(try stack.getLogicalId(role.cfnRole)))]])

        let other = try IAM.Role(stack, "Other", .init(assumedBy: sns()))
        let toResources = try other.withoutPolicyUpdates(addGrantsToResources: true)
        #expect(try !toResources.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])).statementAdded)
    }

    @Test func policyNamesMayBeAttachedOnce() throws {
        let (app, stack) = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: sns()))
        let first = try IAM.Policy(stack, "First") {
            $0.policyName = "Shared"
            $0.statements = [IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])]
        }
        first.attachToRole(role)
        first.attachToRole(role)
        role.attachInlinePolicy(try IAM.Policy(stack, "Second") {
            $0.policyName = "Shared"
            $0.statements = [IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])]
        })
        try expectSynthesisError(app, path: "/S/Second", message: "A policy named \"Shared\" is already attached")
    }
}
