import CDK
import CDKAssertions
import CDKEC2
import CDKIAM
import CDKKMS
import CDKRDS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/rds-cluster-reference/app.py (a kept, encrypted MySQL
/// cluster with provisioned instances in public subnets and a user name; a PostgreSQL cluster
/// with a password, a port, a given group and a serverless reader in tier 2; grants, endpoints)
/// must synthesize the AWS CDK's template byte for byte, with its warnings.
@Suite struct DatabaseClusterReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Clusters")
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 2; $0.natGateways = 1 }
        let key = try KMS.Key(stack, "Key")
        let mysql = try RDS.DatabaseCluster(stack, "Mysql", .init(
            engine: .auroraMysql(version: .ver3_05_2), vpc: vpc, writer: .provisioned("writer", instanceType: .of(.r6g, .large)))) {
            var second = RDS.ClusterInstanceOptions()
            second.instanceIdentifier = "mysql-reader-2"
            second.autoMinorVersionUpgrade = false
            $0.readers = [.provisioned("reader1", promotionTier: 1), .provisioned("reader2", second)]
            $0.credentials = .fromUsername("dbadmin")
            $0.vpcSubnets = EC2.SubnetSelection(subnetType: .public)
            $0.removalPolicy = .retain
            $0.storageEncryptionKey = key
            $0.backup = .init(retention: .days(7), preferredWindow: "03:00-04:00")
            $0.preferredMaintenanceWindow = "Sun:05:00-Sun:06:00"
            $0.iamAuthentication = true
            $0.cloudwatchLogsExports = ["error", "slowquery"]
            $0.clusterIdentifier = "orders-db"
        }
        let group = try EC2.SecurityGroup(stack, "DbGroup", .init(vpc: vpc)) { $0.description = "database" }
        let postgres = try RDS.DatabaseCluster(stack, "Postgres", .init(engine: .auroraPostgres(version: .ver15_4), vpc: vpc, writer: .serverlessV2("writer"))) {
            $0.readers = [.serverlessV2("reader")]
            $0.credentials = .fromPassword("admin", SecretValue.unsafePlainText("not-a-real-password"))
            $0.port = 6543
            $0.securityGroups = [group]
            $0.storageEncrypted = true
            $0.deletionProtection = false
        }
        let role = try IAM.Role(stack, "App", .init(assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com")))
        try postgres.grantConnect(role, dbUser: "app")
        try #require(mysql.secret).grantRead(role)
        #expect(postgres.secret == nil)
        _ = try CfnOutput(stack, "Endpoint", value: mysql.clusterEndpoint.socketAddress)
        _ = try CfnOutput(stack, "ReadEndpoint", value: postgres.clusterReadEndpoint.hostname)
        _ = try CfnOutput(stack, "Arn", value: mysql.clusterArn)

        let expected = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/rds-cluster-reference/expected/Clusters.template.json"), encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Clusters")?.template == (try JSONParser.parse(expected)))
        #expect(assembly.files.first { $0.name == "Clusters.template.json" }?.contents == expected)
        // The warnings, as the AWS CDK wrote them into the stack's metadata.
        let annotations = try AnnotationsAssertions(stack)
        try annotations.hasWarning("/Clusters/Mysql", "There are provisioned readers in the highest promotion tier 1 that do not have the same InstanceSize as the writer. Any of these instances could be chosen as the new writer in the event of a failover.\nWriter InstanceSize: r6g.large\nReader InstanceSizes: t3.medium, t3.medium [ack: @aws-cdk/aws-rds:provisionedReadersDontMatchWriter]")
        try annotations.hasWarning("/Clusters/Postgres", "Cluster Postgres only has serverless readers and no reader is in promotion tier 0-1.Serverless readers in promotion tiers >= 2 will NOT scale with the writer, which can lead to availability issues if a failover event occurs. It is recommended that at least one reader has `scaleWithWriter` set to true [ack: @aws-cdk/aws-rds:noFailoverServerlessReaders]")
    }
}
