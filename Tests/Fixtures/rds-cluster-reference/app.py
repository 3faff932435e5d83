# Reference app: Aurora clusters beyond conformance case 13. A MySQL cluster with provisioned
# writer and readers in public subnets, a user name with a generated secret (the template reads
# the name from the secret), a kept cluster (deletion protection, kept instances and subnet
# group), an encryption key, backups, maintenance window, IAM authentication, log exports and
# an identifier; a PostgreSQL cluster with a password, an explicit port, a given security group,
# only a serverless reader in tier 2 (a warning) and grants on it.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_rds as rds, aws_kms as kms, aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Clusters")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
key = kms.Key(stack, "Key")
mysql = rds.DatabaseCluster(stack, "Mysql",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_05_2),
    writer=rds.ClusterInstance.provisioned("writer", instance_type=ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE)),
    readers=[rds.ClusterInstance.provisioned("reader1", promotion_tier=1),
             rds.ClusterInstance.provisioned("reader2", instance_identifier="mysql-reader-2", auto_minor_version_upgrade=False)],
    credentials=rds.Credentials.from_username("dbadmin"),
    vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    removal_policy=cdk.RemovalPolicy.RETAIN, storage_encryption_key=key,
    backup=rds.BackupProps(retention=cdk.Duration.days(7), preferred_window="03:00-04:00"),
    preferred_maintenance_window="Sun:05:00-Sun:06:00", iam_authentication=True,
    cloudwatch_logs_exports=["error", "slowquery"], cluster_identifier="orders-db")
sg = ec2.SecurityGroup(stack, "DbGroup", vpc=vpc, description="database")
pg = rds.DatabaseCluster(stack, "Postgres",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_15_4),
    writer=rds.ClusterInstance.serverless_v2("writer"),
    readers=[rds.ClusterInstance.serverless_v2("reader")],
    credentials=rds.Credentials.from_password("admin", cdk.SecretValue.unsafe_plain_text("not-a-real-password")),
    vpc=vpc, port=6543, security_groups=[sg], storage_encrypted=True, deletion_protection=False)
role = iam.Role(stack, "App", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
pg.grant_connect(role, "app")
mysql.secret.grant_read(role)
cdk.CfnOutput(stack, "Endpoint", value=mysql.cluster_endpoint.socket_address)
cdk.CfnOutput(stack, "ReadEndpoint", value=pg.cluster_read_endpoint.hostname)
cdk.CfnOutput(stack, "Arn", value=mysql.cluster_arn)
app.synth()
