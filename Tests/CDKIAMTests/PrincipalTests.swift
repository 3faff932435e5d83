import CDK
import CDKAssertions
import CDKIAM
import Testing

/// How principals are written in statements and trust policies.
@Suite struct PrincipalTests {
    @Test func servicePrincipalsUseTheStandardDomain() {
        let rendered = { (service: String) in IAM.ServicePrincipal(service).policyFragment.principalJSON.first?.values }
        #expect(rendered("sns") == ["sns.amazonaws.com"])
        #expect(rendered("sns.amazonaws.com") == ["sns.amazonaws.com"])
        #expect(rendered("sns.amazonaws.com.cn") == ["sns.amazonaws.com"])
        #expect(rendered("logs.eu-west-1.amazonaws.com") == ["logs.eu-west-1.amazonaws.com"])
        #expect(rendered("test.service") == ["test.service"])
        #expect(IAM.ServicePrincipal("sns", conditions: ["StringEquals": ["aws:SourceAccount": "1"]]).policyFragment.conditions
            == ["StringEquals": ["aws:SourceAccount": "1"]])
    }

    @Test func federatedPrincipalsAssumeRolesWithTheirOwnAction() {
        #expect(IAM.FederatedPrincipal("foo").assumeRoleAction == "sts:AssumeRole")
        #expect(IAM.WebIdentityPrincipal("accounts.google.com").assumeRoleAction == "sts:AssumeRoleWithWebIdentity")
        let saml = IAM.SamlPrincipal(samlProviderArn: "arn:aws:iam::123456789012:saml-provider/corp", conditions: ["StringEquals": ["SAML:aud": "x"]])
        #expect(saml.assumeRoleAction == "sts:AssumeRoleWithSAML")
        let statement = saml.assumeRoleStatements()[0].toStatementJSON()
        #expect(statement == [
            "Action": "sts:AssumeRoleWithSAML", "Condition": ["StringEquals": ["SAML:aud": "x"]], "Effect": "Allow",
            "Principal": ["Federated": "arn:aws:iam::123456789012:saml-provider/corp"],
        ])
        #expect(IAM.CanonicalUserPrincipal("abc").policyFragment.principalJSON.first?.key == "CanonicalUser")
    }

    /// Conditions of one operator are merged, not replaced.
    @Test func conditionsOfOneOperatorAreMerged() {
        let principal = IAM.ServicePrincipal("events.amazonaws.com", conditions: ["StringEquals": ["aws:SourceAccount": "1"]])
            .withConditions(["StringEquals": ["aws:SourceArn": "arn:x"], "Bool": ["aws:SecureTransport": "true"]])
        #expect(principal.policyFragment.conditions == [
            "StringEquals": ["aws:SourceAccount": "1", "aws:SourceArn": "arn:x"], "Bool": ["aws:SecureTransport": "true"],
        ])
        let statement = principal.assumeRoleStatements()[0].toStatementJSON()
        #expect(statement["Condition"] == ["StringEquals": ["aws:SourceAccount": "1", "aws:SourceArn": "arn:x"], "Bool": ["aws:SecureTransport": "true"]])
        #expect(statement["Action"] == "sts:AssumeRole")
    }

    @Test func compositePrincipalsAssumeWithTheFirstActionAndRejectConditions() throws {
        let composite = IAM.CompositePrincipal(IAM.WebIdentityPrincipal("cognito-identity.amazonaws.com"), IAM.ArnPrincipal("arn:aws:iam::1:root"))
        #expect(composite.assumeRoleAction == "sts:AssumeRoleWithWebIdentity")
        #expect(composite.assumeRoleStatements().map { $0.toStatementJSON()["Action"] } == ["sts:AssumeRoleWithWebIdentity", "sts:AssumeRole"])
        let conditional = IAM.CompositePrincipal(IAM.ServicePrincipal("sns", conditions: ["StringEquals": ["k": "v"]]))
        let statement = IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"], principals: [conditional])
        #expect(statement.validateForResourcePolicy().first?.hasPrefix("Components of a CompositePrincipal must not have conditions. Tried to add the following fragment:") == true)
    }

    @Test func principalsInOrganizationsAndSessionTags() {
        let inOrg = IAM.ArnPrincipal("arn:aws:iam::1:role/R").inOrganization("o-1234567890")
        #expect(inOrg.policyFragment.conditions == ["StringEquals": ["aws:PrincipalOrgID": "o-1234567890"]])
        let tagged = IAM.AccountPrincipal("123456789012").withSessionTags().assumeRoleStatements()[0].toStatementJSON()
        #expect(tagged["Action"] == ["sts:AssumeRole", "sts:TagSession"])
    }

    /// Statements that name the same principals alike are written once, even when split.
    @Test func principalsWithEqualTextsAreTheSame() throws {
        #expect(IAM.ServicePrincipal("sns").dedupeString == IAM.ServicePrincipal("sns").dedupeString)
        #expect(IAM.ArnPrincipal("a").dedupeString != IAM.ArnPrincipal("b").dedupeString)
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("sns")))
        #expect(role.dedupeString == nil)
        #expect(try IAM.Role.fromRoleName(stack, "I", "x").dedupeString?.hasPrefix("ImportedRole:") == true)
    }
}
