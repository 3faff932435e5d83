import CDK
import CDKAssertions
import CDKIAM
import Testing

/// The Swift ports of Tests/Fixtures/iam-boundary-reference/app.py (the context, stages) and
/// iam-boundary-aspect-reference/app.py (`IAM.PermissionsBoundary.of`) must write the
/// templates the AWS CDK wrote for them.
@Suite struct PermissionsBoundaryReferenceTests {
    private func sns() -> IAM.ServicePrincipal { IAM.ServicePrincipal("sns.amazonaws.com") }

    @Test func contextAndStageBoundariesEqualTheAWSCDKs() throws {
        let app = try App(context: [ContextKeys.permissionsBoundary: ["name": "cdk-${Qualifier}-PermissionsBoundary"]], environment: [:])
        let fromContext = try Stack(app, "FromContext")
        _ = try IAM.Role(fromContext, "Role", .init(assumedBy: sns()))
        _ = try IAM.User(fromContext, "User")
        _ = try CfnResource(fromContext, "RawRole", type: "AWS::IAM::Role", properties: ["AssumeRolePolicyDocument": [:]])

        let stage = try Stage(app, "Stage", permissionsBoundary: .fromName("cdk-${Qualifier}-PermissionsBoundary"))
        _ = try IAM.Role(try Stack(stage, "InStage"), "Role", .init(assumedBy: sns()))
        let qualified = try Stack(stage, "Qualified", synthesizer: DefaultStackSynthesizer(qualifier: "custom"))
        _ = try IAM.Role(qualified, "Role", .init(assumedBy: sns()))

        let placeholders = try Stage(app, "Placeholders", env: Environment(account: "123456789012", region: "eu-central-2"),
                                     permissionsBoundary: .fromName("cdk-${Qualifier}-PermissionsBoundary-${AWS::AccountId}-${AWS::Region}"))
        _ = try IAM.Role(try Stack(placeholders, "Placed"), "Role", .init(assumedBy: sns()))

        let byArn = try Stage(app, "ByArn", permissionsBoundary: .fromArn("arn:aws:iam::123456789012:policy/my-boundary"))
        _ = try IAM.Role(try Stack(byArn, "Arned"), "Role", .init(assumedBy: sns())) {
            $0.permissionsBoundary = IAM.ManagedPolicy.fromAwsManagedPolicyName("Own")
        }

        let assembly = try app.synth()
        let fixture = ReferenceFixture("iam-boundary-reference")
        for file in ["FromContext.template.json", "assembly-Stage/StageInStage2440442B.template.json",
                     "assembly-Stage/StageQualifiedB568EC9F.template.json",
                     "assembly-Placeholders/PlaceholdersPlacedED93354D.template.json",
                     "assembly-ByArn/ByArnArned2A34C352.template.json"] {
            try fixture.expectSameFile(file, in: assembly)
        }
    }

    @Test func appliedAndClearedBoundariesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let applied = try Stack(app, "Applied")
        let boundary = try IAM.ManagedPolicy(applied, "Boundary") { $0.statements = [IAM.PolicyStatement(actions: ["*"], resources: ["*"])] }
        IAM.PermissionsBoundary.of(applied).apply(boundary)
        _ = try IAM.Role(applied, "Role", .init(assumedBy: sns()))
        _ = try IAM.User(applied, "User")
        _ = try CfnResource(applied, "RawRole", type: "AWS::IAM::Role", properties: ["AssumeRolePolicyDocument": [:]])
        let cleared = try IAM.Role(applied, "Cleared", .init(assumedBy: sns())) {
            $0.permissionsBoundary = IAM.ManagedPolicy.fromAwsManagedPolicyName("Own")
        }
        IAM.PermissionsBoundary.of(cleared).clear()
        try ReferenceFixture("iam-boundary-aspect-reference").expectSameFile("Applied.template.json", in: try app.synth())
    }
}

/// Errors of permissions boundaries.
@Suite struct PermissionsBoundaryTests {
    /// An environment-agnostic stack cannot fill the account or region into a boundary's name.
    @Test func placeholdersNeedAConcreteEnvironment() throws {
        let app = try App(environment: [:])
        let stage = try Stage(app, "Stage", permissionsBoundary: .fromName("boundary-${AWS::AccountId}-${AWS::Region}"))
        try expectError(path: "/Stage/Agnostic", message: "includes a pseudo parameter, which is not supported for environment agnostic stacks") {
            try Stack(stage, "Agnostic")
        }
    }
}
