import CDK
import CDKAssertions
import CDKEC2
import CDKRDS
import CDKSecretsManager
import ErrorCatalogueSupport
import Testing

/// The behaviour the AWS CDK's tests of `DatabaseCluster` check for the options built here, in
/// this library's words.
@Suite struct DatabaseClusterTests {
    static func vpc(_ stack: Stack) throws -> EC2.Vpc { try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 2 } }

    @Test func defaultCredentialsAreTheEnginesUserInAGeneratedSecret() throws {
        let (_, stack) = try appWithStack()
        let cluster = try RDS.DatabaseCluster(stack, "Db", .init(engine: .auroraMysql(version: .ver3_05_2), vpc: try Self.vpc(stack), writer: .provisioned("writer")))
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::SecretsManager::Secret", [
            "GenerateSecretString": ["SecretStringTemplate": #"{"username":"admin"}"#, "PasswordLength": 30, "GenerateStringKey": "password"],
        ])
        try template.hasResourceProperties("AWS::RDS::DBCluster", [
            "Engine": "aurora-mysql", "Port": Match.absent(), "DBClusterParameterGroupName": "default.aurora-mysql8.0",
            "MasterUsername": ["Fn::Join": ["", ["{{resolve:secretsmanager:", ["Ref": "DbSecretCF6D79B0"], ":SecretString:username::}}"]]],
        ])
        try template.hasResource("AWS::RDS::DBCluster", ["DeletionPolicy": "Snapshot", "UpdateReplacePolicy": "Snapshot"])
        try template.hasResourceProperties("AWS::RDS::DBInstance", ["DBInstanceClass": "db.t3.medium", "PromotionTier": 0])
        #expect(cluster.secret != nil)
        #expect(try template.findResources("AWS::RDS::DBCluster").values.first?["Properties"]?["ServerlessV2ScalingConfiguration"] == nil)
    }

    @Test func aGivenSecretIsAttachedAndNamesTheUser() throws {
        let (_, stack) = try appWithStack()
        let secret = try SecretsManager.Secret(stack, "Credentials")
        _ = try RDS.DatabaseCluster(stack, "Db", .init(engine: .auroraPostgres(version: .ver16_4), vpc: try Self.vpc(stack), writer: .serverlessV2("writer"))) {
            $0.credentials = try .fromSecret(secret, username: "app")
        }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::RDS::DBCluster", ["MasterUsername": "app", "ServerlessV2ScalingConfiguration": ["MinCapacity": 0.5, "MaxCapacity": 2]])
        try template.hasResourceProperties("AWS::SecretsManager::SecretTargetAttachment", ["SecretId": ["Ref": "CredentialsF8F243AA"], "TargetType": "AWS::RDS::DBCluster"])
    }

    @Test func aClusterNeedsTwoSubnets() throws {
        let (_, stack) = try appWithStack()
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1 }
        _ = try RDS.DatabaseCluster(stack, "Db", .init(engine: .auroraPostgres(version: .ver16_4), vpc: vpc, writer: .serverlessV2("writer")))
        try AnnotationsAssertions(stack).hasError("/S/Db", "Cluster requires at least 2 subnets, got 1")
    }

    @Test func readersWaitForTheWriterAndServerlessOnesScaleWithIt() throws {
        let (_, stack) = try appWithStack()
        _ = try RDS.DatabaseCluster(stack, "Db", .init(engine: .auroraPostgres(version: .ver16_4), vpc: try Self.vpc(stack), writer: .provisioned("writer", instanceType: .of(.r5, .xlarge4)))) {
            $0.readers = [.serverlessV2("reader", scaleWithWriter: true)]
            $0.serverlessV2MaxCapacity = 8
        }
        let readers = try Template(stack).findResources("AWS::RDS::DBInstance", ["Properties": ["PromotionTier": 1]])
        #expect(readers.count == 1)
        #expect(readers.values.first?["DependsOn"]?.arrayValue?.first == "Dbwriter9B286E50")
        // 4xlarge of r5 is 128 GiB; 8 ACUs reach 16 GiB.
        try AnnotationsAssertions(stack).hasWarning("/S/Db", Match.stringLikeRegexp("Serverless instance reader is in promotion tier 1,\\nBut can not scale to match the provisioned writer instance \\(r5.4xlarge\\)"))
    }

    @Test func instancesArePrivateWhenTheGivenSubnetsAreNotPublic() throws {
        // As the AWS CDK: with subnets given, `PubliclyAccessible` says whether they are public.
        let (_, stack) = try appWithStack()
        _ = try RDS.DatabaseCluster(stack, "Db", .init(engine: .auroraPostgres(version: .ver16_4), vpc: try Self.vpc(stack), writer: .serverlessV2("writer"))) {
            $0.vpcSubnets = EC2.SubnetSelection(subnetType: .privateWithEgress)
        }
        try Template(stack).hasResourceProperties("AWS::RDS::DBInstance", ["PubliclyAccessible": false])
    }

    @Test func theIdentifierIsLowerCaseWithTheFlag() throws {
        for flag in [false, true] {
            let (_, stack) = try appWithStack()
            try stack.node.setContext("@aws-cdk/aws-rds:lowercaseDbIdentifier", .bool(flag))
            var writer = RDS.ClusterInstanceOptions()
            writer.instanceIdentifier = "Writer-One"
            _ = try RDS.DatabaseCluster(stack, "Db", .init(engine: .auroraPostgres(version: .ver16_4), vpc: try Self.vpc(stack), writer: .serverlessV2("writer", writer))) {
                $0.clusterIdentifier = "Orders-DB"
            }
            let template = try Template(stack)
            try template.hasResourceProperties("AWS::RDS::DBCluster", ["DBClusterIdentifier": "\(flag ? "orders-db" : "Orders-DB")"])
            // The instance's identifier is written as given, as in the AWS CDK.
            try template.hasResourceProperties("AWS::RDS::DBInstance", ["DBInstanceIdentifier": "Writer-One"])
        }
    }
}
