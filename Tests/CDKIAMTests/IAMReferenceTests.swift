import CDK
import CDKIAM
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/iam-reference/app.py must synthesize the template the
/// AWS CDK produced for it (expected/, made with ../shared/tools/reference-synth).
@Suite struct IAMReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/iam-reference/expected")

    private func build() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Iam")
        let role = try IAM.Role(stack, "Worker", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) {
            $0.description = "Runs the worker"
            $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")]
            $0.maxSessionDuration = .hours(2)
        }
        try role.addToPolicy(IAM.PolicyStatement(actions: ["s3:GetObject", "s3:GetObject", "s3:List*"],
                                                 resources: ["arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/*"]))
        try role.addToPolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"]))
        try role.addToPolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"]))
        try role.addToPolicy(IAM.PolicyStatement(effect: .deny, actions: ["s3:DeleteObject"], resources: ["*"],
                                                 conditions: ["Bool": ["aws:SecureTransport": "false"]]))
        let crossAccount = IAM.CompositePrincipal(IAM.AccountPrincipal("222222222222"), IAM.ArnPrincipal("arn:aws:iam::333333333333:role/Other"))
        let cross = try IAM.Role(stack, "CrossAccount", .init(assumedBy: crossAccount)) {
            $0.roleName = "cross-account-reader"
            $0.inlinePolicies = ["Read": IAM.PolicyDocument(statements: [
                IAM.PolicyStatement(actions: ["dynamodb:GetItem"], resources: ["arn:aws:dynamodb:eu-west-1:111111111111:table/T"]),
            ])]
            $0.externalIds = ["secret"]
        }
        try role.grantPassRole(cross)
        let managed = try IAM.ManagedPolicy(stack, "Shared") {
            $0.statements = [IAM.PolicyStatement(actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: ["*"])]
        }
        cross.addManagedPolicy(managed)
        let extra = try IAM.Policy(stack, "Extra") { $0.statements = [IAM.PolicyStatement(actions: ["sns:Publish"], resources: ["*"])] }
        extra.attach(to: role)
        _ = try IAM.Role(stack, "OrgRole", .init(assumedBy: IAM.OrganizationPrincipal("o-abcdef1234")))
        _ = try CfnOutput(stack, "WorkerArn", value: role.roleArn)
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try build().synth()
        let expectedText = try String(contentsOf: Self.fixture.appendingPathComponent("Iam.template.json"), encoding: .utf8)
        let expected = try JSONParser.parse(expectedText)
        let actual = try #require(assembly.stack("Iam")?.template)
        #expect(actual == expected)
        let actualText = try #require(assembly.files.first { $0.name == "Iam.template.json" }?.contents)
        #expect(actualText == expectedText)
    }
}
