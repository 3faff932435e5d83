import CDK
import CDKIAM
import Testing

/// The Swift port of Tests/Fixtures/iam-minimize-reference/app.py (the
/// `@aws-cdk/aws-iam:minimizePolicies` flag) must write the template the AWS CDK wrote for it.
@Suite struct MinimizePoliciesReferenceTests {
    @Test func mergedStatementsEqualTheAWSCDKs() throws {
        let app = try App(context: [IAM.ContextKey.minimizePolicies: true], environment: [:])
        let stack = try Stack(app, "Minimized")
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.CompositePrincipal(
            IAM.ServicePrincipal("sns.amazonaws.com"), IAM.ServicePrincipal("lambda.amazonaws.com"), IAM.AccountPrincipal("123456789012"))))
        let other = try IAM.Role(stack, "Other", .init(assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com")))
        let secure: JSONObject = ["Bool": ["aws:SecureTransport": "true"]]
        for statement in [
            IAM.PolicyStatement(actions: ["s3:PutObject"], resources: ["arn:aws:s3:::b/*"]),
            IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"]),
            IAM.PolicyStatement(actions: ["s3:GetObject", "s3:PutObject"], resources: ["arn:aws:s3:::a/*"]),
            IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"], conditions: secure),
            IAM.PolicyStatement(actions: ["sqs:DeleteMessage"], resources: ["*"], conditions: secure),
            IAM.PolicyStatement(actions: ["sqs:PurgeQueue"], resources: ["*"]),
            IAM.PolicyStatement(effect: .deny, actions: ["s3:DeleteObject"], resources: ["*"]),
            IAM.PolicyStatement(actions: ["kms:Decrypt"], resources: ["*"], sid: "Named"),
            IAM.PolicyStatement(actions: ["kms:Encrypt"], resources: ["*"], sid: "Named2"),
            IAM.PolicyStatement(actions: ["iam:PassRole"], resources: [other.roleArn]),
            IAM.PolicyStatement(actions: ["iam:PassRole"], resources: ["arn:aws:iam::123456789012:role/zeta"]),
            IAM.PolicyStatement(actions: ["iam:GetRole"], resources: [other.roleArn, "arn:aws:iam::123456789012:role/zeta"]),
            IAM.PolicyStatement(notActions: ["iam:*"], resources: ["*"]),
            IAM.PolicyStatement(notActions: ["iam:*"], resources: ["arn:aws:s3:::c"]),
        ] {
            try role.addToPolicy(statement)
        }
        let single = try IAM.Role(stack, "Single", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        try single.addToPolicy(IAM.PolicyStatement(actions: ["s3:PutObject", "s3:GetObject"], resources: ["arn:aws:s3:::z", "arn:aws:s3:::a"]))
        let unminimized = try IAM.Role(stack, "Unminimized", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        _ = try IAM.Policy(stack, "Plain") {
            $0.document = IAM.PolicyDocument(statements: [
                IAM.PolicyStatement(actions: ["s3:PutObject"], resources: ["*"]),
                IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]),
            ], minimize: false)
            $0.roles = [unminimized]
        }
        let large = try IAM.Role(stack, "Large", .init(assumedBy: IAM.ServicePrincipal("service.amazonaws.com")))
        for i in 0..<300 {
            _ = try large.addToPrincipalPolicy(IAM.PolicyStatement(
                actions: ["aws:DoThing\(i % 3)"], resources: ["arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource\(i)"]))
        }
        try ReferenceFixture("iam-minimize-reference").expectSameFile("Minimized.template.json", in: try app.synth())
    }
}
