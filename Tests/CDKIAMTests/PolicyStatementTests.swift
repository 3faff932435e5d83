import CDK
import CDKIAM
import Testing

@Suite struct PolicyStatementTests {
    @Test func statementsRenderInTheAWSCDKKeyOrderWithScalarsForSingleValues() throws {
        let statement = IAM.PolicyStatement(
            effect: .deny, actions: ["s3:GetObject", "s3:GetObject"], resources: ["arn:1"],
            principals: [IAM.ServicePrincipal("sns.amazonaws.com")], conditions: ["Bool": ["aws:SecureTransport": "false"]],
            sid: "NoPlainText")
        let json = statement.toStatementJSON()
        #expect(json.objectValue?.keys == ["Action", "Condition", "Effect", "Principal", "Resource", "Sid"])
        #expect(json == [
            "Action": "s3:GetObject", "Condition": ["Bool": ["aws:SecureTransport": "false"]], "Effect": "Deny",
            "Principal": ["Service": "sns.amazonaws.com"], "Resource": "arn:1", "Sid": "NoPlainText",
        ])
        let many = IAM.PolicyStatement(actions: ["a:B", "a:C"], notResources: ["x", "y"])
        #expect(many.toStatementJSON() == ["Action": ["a:B", "a:C"], "Effect": "Allow", "NotResource": ["x", "y"]])
    }

    @Test func principalsMerge() throws {
        let statement = IAM.PolicyStatement(actions: ["sts:AssumeRole"])
        statement.addPrincipals(IAM.ArnPrincipal("arn:aws:iam::1:role/A"), IAM.ArnPrincipal("arn:aws:iam::1:role/B"),
                                IAM.ServicePrincipal("ec2.amazonaws.com"))
        statement.addPrincipals(try IAM.OrganizationPrincipal("o-abcdef1234"))
        #expect(statement.toStatementJSON()["Principal"] == [
            "AWS": ["arn:aws:iam::1:role/A", "arn:aws:iam::1:role/B", "*"], "Service": "ec2.amazonaws.com",
        ])
        #expect(statement.toStatementJSON()["Condition"] == ["StringEquals": ["aws:PrincipalOrgID": "o-abcdef1234"]])
        #expect(throws: CDKError.self) { try IAM.OrganizationPrincipal("o-short") }
        let conditional = IAM.ServicePrincipal("events.amazonaws.com").withConditions(["StringEquals": ["aws:SourceAccount": "1"]])
        #expect(conditional.policyFragment.conditions == ["StringEquals": ["aws:SourceAccount": "1"]])
    }

    @Test func statementsAreValidatedForTheirPolicyKind() {
        let empty = IAM.PolicyStatement()
        #expect(empty.validateForAnyPolicy() == ["A PolicyStatement must specify at least one 'action' or 'notAction'."])
        let withPrincipal = IAM.PolicyStatement(actions: ["s3:*"], principals: [IAM.AnyPrincipal()])
        #expect(withPrincipal.validateForIdentityPolicy() == [
            "A PolicyStatement used in an identity-based policy cannot specify any IAM principals.",
            "A PolicyStatement used in an identity-based policy must specify at least one resource.",
        ])
        #expect(IAM.PolicyStatement(actions: ["s3:*"]).validateForResourcePolicy() == [
            "A PolicyStatement used in a resource-based policy must specify at least one IAM principal.",
        ])
    }

    @Test func documentsDropDuplicatesAfterResolutionAndAssignSids() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let topic = try CfnResource(stack, "T", type: "AWS::SNS::Topic")
        let document = IAM.PolicyDocument(assignSids: true)
        document.addStatements(IAM.PolicyStatement(actions: ["sns:Publish"], resources: [topic.ref]),
                               IAM.PolicyStatement(actions: ["sns:Publish"], resources: [topic.ref]),
                               IAM.PolicyStatement(actions: ["sns:Subscribe"], resources: [topic.ref]))
        let resolved = try stack.resolve(document.jsonValue)
        #expect(resolved == ["Statement": [
            ["Action": "sns:Publish", "Effect": "Allow", "Resource": ["Ref": "T"], "Sid": "0"],
            ["Action": "sns:Subscribe", "Effect": "Allow", "Resource": ["Ref": "T"], "Sid": "1"],
        ], "Version": "2012-10-17"])
        #expect(try stack.resolve(IAM.PolicyDocument().jsonValue) == nil)
    }
}
