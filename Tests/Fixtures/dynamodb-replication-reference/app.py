# Reference app for DynamoDB global tables made by Table(replication_regions:): the stack-singleton
# ReplicaProvider nested stack (its handlers, the custom-resources Provider with its waiter state
# machine), one Custom::DynamoDBReplica per region chained one after the other, and the grants that
# reach the replicas.
import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb, aws_iam as iam

S = ddb.AttributeType.STRING

app = cdk.App()
stack = cdk.Stack(app, "Global", env=cdk.Environment(account="111111111111", region="us-east-1"))

table = ddb.Table(stack, "Global", partition_key=ddb.Attribute(name="id", type=S),
                  replication_regions=["eu-west-1", "eu-central-1"])
role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
table.grant_read_data(role)

app.synth()
