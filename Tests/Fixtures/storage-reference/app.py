# Reference app for the DynamoDB, Logs and SSM high-level constructs: props, indexes, grants and imports.
import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb, aws_iam as iam, aws_kms as kms, aws_logs as logs, aws_ssm as ssm

app = cdk.App()

dynamo = cdk.Stack(app, "Dynamo")
role = iam.Role(dynamo, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
plain = ddb.Table(dynamo, "Plain", partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING))
plain.grant_read_write_data(role)
orders = ddb.Table(
    dynamo, "Orders",
    partition_key=ddb.Attribute(name="pk", type=ddb.AttributeType.STRING),
    sort_key=ddb.Attribute(name="sk", type=ddb.AttributeType.NUMBER),
    table_name="orders",
    billing_mode=ddb.BillingMode.PAY_PER_REQUEST,
    stream=ddb.StreamViewType.NEW_AND_OLD_IMAGES,
    time_to_live_attribute="ttl",
    point_in_time_recovery=True,
    encryption=ddb.TableEncryption.CUSTOMER_MANAGED,
    table_class=ddb.TableClass.STANDARD_INFREQUENT_ACCESS,
    deletion_protection=True,
    contributor_insights_enabled=True,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
orders.add_global_secondary_index(index_name="byCustomer", partition_key=ddb.Attribute(name="customer", type=ddb.AttributeType.STRING),
                                  projection_type=ddb.ProjectionType.INCLUDE, non_key_attributes=["total"])
orders.add_local_secondary_index(index_name="byDate", sort_key=ddb.Attribute(name="date", type=ddb.AttributeType.STRING),
                                 projection_type=ddb.ProjectionType.KEYS_ONLY)
orders.grant_read_data(role)
orders.grant_write_data(role)
orders.grant_stream_read(role)
provisioned = ddb.Table(dynamo, "Provisioned", partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.BINARY),
                        read_capacity=10, write_capacity=3, encryption=ddb.TableEncryption.AWS_MANAGED)
provisioned.add_global_secondary_index(index_name="gsi", partition_key=ddb.Attribute(name="g", type=ddb.AttributeType.NUMBER))
provisioned.grant_full_access(role)
provisioned.grant(role, "dynamodb:DescribeTimeToLive")
owned = ddb.Table(dynamo, "Owned", partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING),
                  encryption=ddb.TableEncryption.DEFAULT)
imported = ddb.Table.from_table_name(dynamo, "Imported", "legacy")
imported.grant_read_data(role)
by_arn = ddb.Table.from_table_arn(dynamo, "ByArn", "arn:aws:dynamodb:eu-west-1:111111111111:table/other")
by_arn.grant_write_data(role)
cdk.CfnOutput(dynamo, "TableArn", value=orders.table_arn)
cdk.CfnOutput(dynamo, "TableName", value=orders.table_name)
cdk.CfnOutput(dynamo, "StreamArn", value=orders.table_stream_arn)
cdk.CfnOutput(dynamo, "ImportedArn", value=imported.table_arn)
cdk.CfnOutput(dynamo, "ByArnName", value=by_arn.table_name)

log_stack = cdk.Stack(app, "Logs")
writer = iam.Role(log_stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
default_group = logs.LogGroup(log_stack, "Default")
default_group.grant_write(writer)
key = kms.Key(log_stack, "Key")
named = logs.LogGroup(log_stack, "Named", log_group_name="/app/named", retention=logs.RetentionDays.ONE_MONTH,
                      encryption_key=key, log_group_class=logs.LogGroupClass.INFREQUENT_ACCESS,
                      removal_policy=cdk.RemovalPolicy.DESTROY)
named.grant_read(writer)
named.grant(writer, "logs:PutRetentionPolicy")
logs.LogGroup(log_stack, "Forever", retention=logs.RetentionDays.INFINITE)
logs.LogGroup(log_stack, "Delivery", log_group_class=logs.LogGroupClass.DELIVERY)
imported_group = logs.LogGroup.from_log_group_name(log_stack, "ImportedGroup", "legacy-group")
imported_group.grant_write(writer)
arn_group = logs.LogGroup.from_log_group_arn(log_stack, "ArnGroup", "arn:aws:logs:eu-west-1:111111111111:log-group:other:*")
# A grant on a log group of another account would also add a logs resource policy: not ported.
named.add_to_resource_policy(iam.PolicyStatement(actions=["logs:PutLogEvents"], resources=[named.log_group_arn],
                                                 principals=[iam.ServicePrincipal("es.amazonaws.com"),
                                                             iam.ArnPrincipal("arn:aws:iam::222222222222:role/shipper")]))
imported_group.add_to_resource_policy(iam.PolicyStatement(actions=["logs:CreateLogStream"], resources=["*"],
                                                          principals=[iam.AccountPrincipal("333333333333")]))
cdk.CfnOutput(log_stack, "GroupArn", value=named.log_group_arn)
cdk.CfnOutput(log_stack, "GroupName", value=named.log_group_name)
cdk.CfnOutput(log_stack, "ArnGroupName", value=arn_group.log_group_name)

ssm_stack = cdk.Stack(app, "Ssm")
reader = iam.Role(ssm_stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
generated = ssm.StringParameter(ssm_stack, "Generated", string_value="hello")
generated.grant_read(reader)
path = ssm.StringParameter(ssm_stack, "Path", string_value="https://example.com", parameter_name="/app/endpoint",
                           description="The endpoint", tier=ssm.ParameterTier.ADVANCED, allowed_pattern="^https://.*",
                           data_type=ssm.ParameterDataType.TEXT)
path.grant_write(reader)
simple = ssm.StringParameter(ssm_stack, "Simple", string_value="v", parameter_name="simple-name")
simple.grant_read(reader)
existing = ssm.StringParameter.from_string_parameter_name(ssm_stack, "Existing", "/shared/value")
existing.grant_read(reader)
cdk.CfnOutput(ssm_stack, "Value", value=ssm.StringParameter.value_for_string_parameter(ssm_stack, "/shared/config"))
cdk.CfnOutput(ssm_stack, "SameValue", value=ssm.StringParameter.value_for_string_parameter(ssm_stack, "/shared/config"))
cdk.CfnOutput(ssm_stack, "Versioned", value=ssm.StringParameter.value_for_string_parameter(ssm_stack, "/shared/versioned", 3))
cdk.CfnOutput(ssm_stack, "ExistingValue", value=existing.string_value)
cdk.CfnOutput(ssm_stack, "PathArn", value=path.parameter_arn)
cdk.CfnOutput(ssm_stack, "GeneratedArn", value=generated.parameter_arn)
cdk.CfnOutput(ssm_stack, "GeneratedValue", value=generated.string_value)
cdk.CfnOutput(ssm_stack, "GeneratedName", value=generated.parameter_name)
app.synth()
