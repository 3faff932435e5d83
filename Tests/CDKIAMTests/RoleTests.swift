import CDK
import CDKAssertions
import CDKIAM
import Testing

@Suite struct RoleTests {
    @Test func grantsGoToTheDefaultPolicyCreatedOnFirstUse() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let role = try IAM.Role(stack, "Fn", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        #expect(role.defaultPolicyIfCreated == nil)
        let grant = try IAM.Grant.addToPrincipal(grantee: role, actions: ["sqs:SendMessage"], resourceArns: ["arn:q"])
        #expect(grant.success)
        #expect(grant.dependencyRoots.first === role.defaultPolicyIfCreated)
        let template = try Template(stack)
        let policyId = try template.logicalId(of: try #require(role.defaultPolicyIfCreated).cfnPolicy)
        try template.hasResourceProperties("AWS::IAM::Policy", [
            "PolicyName": .json(.string(policyId)),
            "Roles": [["Ref": "Fn9270CBC0"]],
            "PolicyDocument": ["Statement": [["Action": "sqs:SendMessage", "Resource": "arn:q"]]],
        ])
    }

    @Test func servicePrincipalsHaveNoPolicyOfTheirOwn() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let grant = try IAM.Grant.addToPrincipal(grantee: IAM.ServicePrincipal("sns.amazonaws.com"), actions: ["x:Y"], resourceArns: ["*"])
        #expect(!grant.success)
        #expect(throws: CDKError.self) { try grant.assertSuccess() }
        _ = stack
    }

    @Test func crossAccountGrantsAlsoUseTheResourcePolicy() throws {
        final class Topic: IAM.ResourceWithPolicy {
            let stack: Stack
            var statements: [IAM.PolicyStatement] = []
            init(_ stack: Stack) { self.stack = stack }
            var environment: ResourceEnvironment { ResourceEnvironment(account: "111111111111", region: "eu-west-1") }
            func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
                statements.append(statement)
                return IAM.AddToResourcePolicyResult(statementAdded: true)
            }
        }
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "111111111111", region: "eu-west-1"))
        let topic = Topic(stack)
        let sameAccount = try IAM.Role(stack, "Same", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        _ = try IAM.Grant.addToPrincipalOrResource(grantee: sameAccount, actions: ["sns:Publish"], resourceArns: ["arn:t"], resource: topic)
        #expect(topic.statements.isEmpty)
        let other = IAM.AccountPrincipal("222222222222")
        let grant = try IAM.Grant.addToPrincipalOrResource(grantee: other, actions: ["sns:Publish"], resourceArns: ["arn:t"], resource: topic)
        #expect(grant.success)
        #expect(topic.statements.count == 1)
        #expect(topic.statements[0].hasPrincipal)
    }

    @Test func invalidPropsAreErrorsWithThePath() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        try expectError(path: "/S/Short", message: "maxSessionDuration is set to 60, but must be >= 3600sec (1hr) and <= 43200sec (12hrs)") {
            try IAM.Role(stack, "Short", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) { $0.maxSessionDuration = .minutes(1) }
        }
        try expectError(path: "/S/Named", message: "is longer than 64 characters") {
            try IAM.Role(stack, "Named", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) { $0.roleName = String(repeating: "r", count: 65) }
        }
    }

    @Test func emptyOrUnattachedPoliciesFailValidation() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        _ = try IAM.Policy(stack, "Lonely") { $0.statements = [IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"])] }
        _ = try IAM.ManagedPolicy(stack, "Empty")
        try expectSynthesisError(app, path: "/S/Lonely", message: "A Policy must be attached to at least one principal: user, group or role.")
    }

    @Test func managedPoliciesAreDeduplicatedAndRoleExposesAttributes() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let policy = IAM.ManagedPolicy.fromAwsManagedPolicyName("ReadOnlyAccess")
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.AccountPrincipal("123456789012"))) { $0.managedPolicies = [policy, policy] }
        role.addManagedPolicy(IAM.ManagedPolicy.fromManagedPolicyArn("arn:aws:iam::aws:policy/Other"))
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::IAM::Role", ["ManagedPolicyArns": [
            ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::aws:policy/ReadOnlyAccess"]]],
            "arn:aws:iam::aws:policy/Other",
        ]])
        #expect(try stack.resolve(.string(role.roleArn)) == ["Fn::GetAtt": [.string(try stack.getLogicalId(role.cfnRole)), "Arn"]])
        #expect(try stack.resolve(.string(role.roleName)) == ["Ref": .string(try stack.getLogicalId(role.cfnRole))])
    }
}
