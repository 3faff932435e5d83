# Reference app for DynamoDB global tables under the feature flags the replica provider and the
# replicas read (@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy,
# @aws-cdk/aws-dynamodb:retainTableReplica): an environment-agnostic stack (a condition per
# region) with a 1-hour replication timeout, an index added after the grant and a removal policy
# applied after the table; and a named table in us-east-1 read by a role of a stack in eu-west-2.
import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb, aws_iam as iam

S = ddb.AttributeType.STRING

app = cdk.App(context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-dynamodb:retainTableReplica": True,
})

agnostic = cdk.Stack(app, "Agnostic")
table = ddb.Table(agnostic, "Table", partition_key=ddb.Attribute(name="id", type=S),
                  replication_regions=["eu-west-2", "eu-central-1"],
                  replication_timeout=cdk.Duration.hours(1))
reader = iam.Role(agnostic, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
table.grant_read_data(reader)
table.add_global_secondary_index(index_name="my-index", partition_key=ddb.Attribute(name="gsi", type=S))
table.apply_removal_policy(cdk.RemovalPolicy.DESTROY)

regional = cdk.Stack(app, "Regional", env=cdk.Environment(account="111111111111", region="us-east-1"))
named = ddb.Table(regional, "Named", partition_key=ddb.Attribute(name="id", type=S), table_name="my-table",
                  replication_regions=["eu-west-2", "eu-central-1"], replica_removal_policy=cdk.RemovalPolicy.RETAIN,
                  removal_policy=cdk.RemovalPolicy.DESTROY)
consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="111111111111", region="eu-west-2"))
user = iam.Role(consumer, "User", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
named.grant_read_data(user)
named.grant_table_list_streams(user)

app.synth()
