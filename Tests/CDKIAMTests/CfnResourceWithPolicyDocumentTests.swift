import CDK
import CDKIAM
import Testing

/// The package's resource with a policy for a document held by a low-level property, and its
/// child-policy variant: statements are appended to literal documents and skipped for tokens.
@Suite struct CfnResourceWithPolicyDocumentTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    let statement = IAM.PolicyStatement(actions: ["sts:AssumeRole"], principals: [IAM.AccountPrincipal("111122223333")])

    @Test func aLiteralDocumentGetsTheStatementAfterItsOwn() throws {
        let stack = try stack()
        let role = try IAM.CfnRole(stack, "Role", assumeRolePolicyDocument: [
            "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"]]],
        ])
        let resource = try IAM.CfnResourceWithPolicyDocument(role, document: \IAM.CfnRole.assumeRolePolicyDocument)
        let result = try resource.addToResourcePolicy(statement)
        #expect(result.statementAdded)
        #expect(result.policyDependable === role)
        #expect(role.assumeRolePolicyDocument["Statement"]?.arrayValue?.count == 2)
        #expect(role.assumeRolePolicyDocument["Version"] == "2012-10-17")
    }

    @Test func aDocumentThatIsATokenIsLeftAsItIs() throws {
        let stack = try stack()
        let token = Token.asString(Intrinsic(["Ref": "Document"]))
        let role = try IAM.CfnRole(stack, "Role", assumeRolePolicyDocument: .string(token))
        let result = try IAM.CfnResourceWithPolicyDocument(role, document: \IAM.CfnRole.assumeRolePolicyDocument).addToResourcePolicy(statement)
        #expect(!result.statementAdded)
        #expect(role.assumeRolePolicyDocument == .string(token))
    }

    @Test func theChildPolicyIsCreatedOnceAndGetsEveryStatement() throws {
        let stack = try stack()
        let role = try IAM.CfnRole(stack, "Role", assumeRolePolicyDocument: ["Statement": []])
        let resource = try IAM.CfnResourceWithChildPolicy(role, policyId: "Policy", document: \IAM.CfnPolicy.policyDocument) {
            try IAM.CfnPolicy($0, $1, policyDocument: ["Statement": []], policyName: "p", roles: [role.ref])
        }
        let first = try resource.addToResourcePolicy(statement)
        _ = try resource.addToResourcePolicy(statement)
        let policy = try #require(role.node.tryFindChild("Policy") as? IAM.CfnPolicy)
        #expect(first.policyDependable === policy)
        #expect(role.node.children.count == 1)
        #expect(policy.policyDocument["Statement"]?.arrayValue?.count == 2)
    }
}
