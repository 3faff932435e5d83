import CDK
import CDKAssertions
import CDKIAM
import Testing

/// Inline and managed policies: when they are written, what they are attached to, and what
/// validation reports.
@Suite struct PolicyTests {
    private func stack() throws -> (App, Stack) {
        let app = try App(environment: [:])
        return (app, try Stack(app, "S"))
    }

    private func statement() -> IAM.PolicyStatement { IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"]) }

    /// As in the AWS CDK, a policy with no statements or no principals is left out.
    @Test func emptyOrUnattachedPoliciesAreLeftOut() throws {
        let (app, stack) = try stack()
        _ = try IAM.Policy(stack, "Lonely") { $0.statements = [statement()] }
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        _ = try IAM.Policy(stack, "Empty") { $0.roles = [role] }
        try Template(stack).resourceCountIs("AWS::IAM::Policy", 0)
        _ = try app.synth()
    }

    @Test func forcedPoliciesAreWrittenAndMustBeComplete() throws {
        let (app, stack) = try stack()
        _ = try IAM.Policy(stack, "Forced") { $0.force = true }
        try expectSynthesisError(app, path: "/S/Forced", message: "Policy created with force=true is empty. You must add statements to the policy")
        try expectSynthesisError(app, path: "/S/Forced", message: "Policy created with force=true must be attached to at least one principal: user, group or role")
    }

    @Test func aReferencedPolicyIsWrittenAndMustBeComplete() throws {
        let (app, stack) = try stack()
        let policy = try IAM.Policy(stack, "Referenced")
        _ = try CfnResource(stack, "Uses", type: "Custom::Uses", properties: ["Policy": .string(policy.policyName)])
        try expectSynthesisError(app, path: "/S/Referenced", message: "This Policy has been referenced by a resource, so it must contain at least one statement.")
        try expectSynthesisError(app, path: "/S/Referenced", message: "This Policy has been referenced by a resource, so it must be attached to at least one user, group or role.")
    }

    @Test func policiesAttachToRolesUsersAndGroupsOnce() throws {
        let (_, stack) = try stack()
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        let user = try IAM.User(stack, "User")
        let group = try IAM.Group(stack, "Group")
        let policy = try IAM.Policy(stack, "Policy") {
            $0.statements = [statement()]
            $0.roles = [role]
            $0.users = [user]
            $0.groups = [group]
        }
        policy.attachToRole(role)
        policy.attachToUser(user)
        policy.attachToGroup(group)
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::IAM::Policy", [
            "Roles": [["Ref": .json(.string(try template.logicalId(of: role.cfnRole)))]],
            "Users": [["Ref": .json(.string(try template.logicalId(of: user.cfnUser)))]],
            "Groups": [["Ref": .json(.string(try template.logicalId(of: group.cfnGroup)))]],
            "PolicyName": .json(.string(try template.logicalId(of: policy.cfnPolicy))),
        ])
    }

    @Test func managedPoliciesAreAttachedAndValidated() throws {
        let (app, stack) = try stack()
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        let user = try IAM.User(stack, "User")
        let managed = try IAM.ManagedPolicy(stack, "Managed") {
            $0.managedPolicyName = "shared"
            $0.description = "Shared permissions"
            $0.path = "/team/"
            $0.statements = [statement()]
            $0.users = [user]
        }
        managed.attachToRole(role)
        managed.attachToRole(role)
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::IAM::ManagedPolicy", [
            "Description": "Shared permissions", "ManagedPolicyName": "shared", "Path": "/team/",
            "Roles": [["Ref": .json(.string(try template.logicalId(of: role.cfnRole)))]],
            "Users": [["Ref": .json(.string(try template.logicalId(of: user.cfnUser)))]],
        ])
        #expect(try stack.resolve(.string(managed.managedPolicyArn)) == ["Ref": .string(try template.logicalId(of: managed.cfnManagedPolicy))])
        _ = try app.synth()
    }

    @Test func emptyManagedPoliciesAreErrors() throws {
        let (app, stack) = try stack()
        _ = try IAM.ManagedPolicy(stack, "Empty")
        try expectSynthesisError(app, path: "/S/Empty", message: "Managed Policy is empty. You must add statements to the policy")
    }

    /// A policy used as a grantee takes the statements; a grant that must name it as a
    /// principal fails.
    @Test func policiesAsGranteesTakeTheStatements() throws {
        let (app, stack) = try stack()
        let policy = try IAM.ManagedPolicy(stack, "Managed")
        let grant = try IAM.Grant.addToPrincipal(grantee: policy, actions: ["s3:GetObject"], resourceArns: ["arn:aws:s3:::b/*"])
        #expect(grant.success)
        #expect(policy.document.statementCount == 1)
        let statement = IAM.PolicyStatement(actions: ["sns:Publish"], principals: [policy.grantPrincipal])
        _ = try CfnResource(stack, "Named", type: "Custom::Named", properties: ["Statement": statement.toStatementJSON()])
        try expectSynthesisError(app, message: "This grant operation needs to add a resource policy so needs access to a principal. Grant permissions to a Role or User, instead of a ManagedPolicy.")
    }

    @Test func managedPoliciesByNameAreInTheStacksAccount() throws {
        let (_, stack) = try stack()
        let policy = try IAM.ManagedPolicy.fromManagedPolicyName(stack, "ByName", "team-policy")
        #expect(try stack.resolve(.string(policy.managedPolicyArn)) == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"], ":policy/team-policy"]]])
    }

    /// Statements beyond the role's inline limit keep their order across the overflow
    /// policies, and identical statements are written once.
    @Test func overflowPoliciesTakeTheStatementsBeyondTheLimit() throws {
        let (_, stack) = try stack()
        let role = try IAM.Role(stack, "MyRole", .init(assumedBy: IAM.ServicePrincipal("service.amazonaws.com")))
        for i in 0..<100 {
            _ = try role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["aws:DoAThing"], resources: ["arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource\(i)"]))
        }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::IAM::ManagedPolicy", [
            "PolicyDocument": ["Statement": Match.arrayWith([Match.objectLike(["Resource": "arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource99"])])],
            "Roles": [["Ref": "MyRoleF48FFE04"]],
        ])
        let defaultPolicy = try #require(role.defaultPolicyIfCreated)
        let kept = defaultPolicy.document.statements.count
        #expect(kept > 0 && kept < 100)
        try template.resourceCountIs("AWS::IAM::ManagedPolicy", 1)
    }
}
