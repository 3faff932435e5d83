import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKSecretsManager
import ErrorCatalogueSupport
import Testing

/// The behaviour the AWS CDK's tests of `Secret` and `SecretTargetAttachment` check, in this
/// library's words.
@Suite struct SecretTests {
    /// A database-like target, as an RDS cluster presents itself.
    struct Cluster: SecretsManager.SecretAttachmentTarget {
        let id: String
        func asSecretAttachmentTarget() -> SecretsManager.SecretAttachmentTargetProps { .init(targetId: id, targetType: .rdsDBCluster) }
    }

    @Test func attachingMakesAnAttachmentWhoseArnWaitsForIt() throws {
        let (_, stack) = try appWithStack()
        let secret = try SecretsManager.Secret(stack, "Secret")
        let attached = try secret.attach(Cluster(id: "cluster-1"))
        try Template(stack).hasResourceProperties("AWS::SecretsManager::SecretTargetAttachment", [
            "SecretId": ["Ref": "SecretA720EF05"], "TargetId": "cluster-1", "TargetType": "AWS::RDS::DBCluster",
        ])
        #expect(try stack.resolve(.string(attached.secretArn)) == ["Ref": "SecretAttachment2E1B7C3B"])
        try expectError(path: "S/Secret", message: .containing("Secret is already attached to a target.")) { try secret.attach(Cluster(id: "cluster-2")) }
    }

    @Test func anAttachmentsPolicyIsItsOwnUnlessTheFlagSaysOtherwise() throws {
        for flag in [false, true] {
            let (_, stack) = try appWithStack()
            try stack.node.setContext("@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments", .bool(flag))
            let secret = try SecretsManager.Secret(stack, "Secret")
            try secret.attach(Cluster(id: "c")).denyAccountRootDelete()
            let policies = try Template(stack).findResources("AWS::SecretsManager::ResourcePolicy")
            #expect(policies.count == 1)
            // With the flag the statement goes to the secret's own policy, otherwise to one of the attachment.
            #expect(policies.keys.first?.hasPrefix(flag ? "SecretPolicy" : "SecretAttachmentPolicy") == true, "flag \(flag): \(policies.keys)")
        }
    }

    @Test func grantsToAnotherAccountNeedAKey() throws {
        let (_, stack) = try appWithStack(env: Environment(account: "111111111111", region: "us-east-1"))
        let secret = try SecretsManager.Secret(stack, "Secret")
        try expectError(path: "S/Secret", message: .containing("KMS Key must be provided for cross account access to Secret")) {
            try secret.grantRead(IAM.AccountPrincipal("222222222222"))
        }
        let keyed = try SecretsManager.Secret(stack, "Keyed") { $0.encryptionKey = try KMS.Key(stack, "Key") }
        try keyed.grantRead(IAM.AccountPrincipal("222222222222"))
        try Template(stack).hasResourceProperties("AWS::SecretsManager::ResourcePolicy", ["ResourcePolicy": ["Statement": [[
            "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
            "Principal": ["AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::222222222222:root"]]]],
        ]]]])
    }

    @Test func secretsFromAnotherAccountAreGrantedWithAnySuffix() throws {
        let (_, stack) = try appWithStack(env: Environment(account: "111111111111", region: "us-east-1"))
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) { $0.roleName = "reader" }
        let other = try Stack(stack.node.root, "Other", env: Environment(account: "222222222222", region: "us-east-1"))
        let secret = try SecretsManager.Secret(other, "Secret") {
            $0.secretName = "shared"
            $0.encryptionKey = try KMS.Key(other, "Key")
        }
        try secret.grantRead(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Resource": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":secretsmanager:us-east-1:222222222222:secret:shared-??????"]]],
        ]]]])
    }

    @Test func replicasAreOtherRegions() throws {
        let (_, stack) = try appWithStack(env: Environment(account: "111111111111", region: "eu-west-1"))
        let secret = try SecretsManager.Secret(stack, "Secret")
        try expectError(path: "S/Secret", message: .containing("Cannot add the region where this stack is deployed as a replica region")) {
            try secret.addReplicaRegion("eu-west-1")
        }
    }
}
