# Reference app for the grant objects of DynamoDB tables: TableGrants of a table construct, of a
# CfnTable (its resource policy and the CfnKey of its SSESpecification) and of an imported table,
# with regions and indexes; StreamGrants; multi-account replication grants. Tables used from
# another environment: by a given name, by a generated one (PhysicalName.GENERATE_IF_NEEDED).
import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb, aws_iam as iam, aws_kms as kms

S = ddb.AttributeType.STRING

app = cdk.App()
stack = cdk.Stack(app, "Grants")


def role(name):
    return iam.Role(stack, name, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))


data = ddb.Table(stack, "Data", partition_key=ddb.Attribute(name="id", type=S),
                 encryption=ddb.TableEncryption.CUSTOMER_MANAGED, stream=ddb.StreamViewType.NEW_IMAGE)
data.add_global_secondary_index(index_name="byName", partition_key=ddb.Attribute(name="name", type=S))
data.grants.read_data(role("Reader"))
data.grants.write_data(role("Writer"))
data.grants.read_write_data(role("ReaderWriter"))
data.grants.full_access(role("Admin"))
data.grants.actions(role("Describer"), "dynamodb:DescribeTable", "dynamodb:ListTagsOfResource")
data.grants.read_data(iam.AccountPrincipal("444444444444"))
data.stream_grants.read(role("StreamReader"))
data.stream_grants.list(role("StreamLister"))
data.stream_grants.actions(role("StreamDescriber"), "dynamodb:DescribeStream")
data.grants.multi_account_replication_to("arn:aws:dynamodb:us-east-1:222222222222:table/Replica")

plain = ddb.Table(stack, "Plain", partition_key=ddb.Attribute(name="id", type=S))
plain.grants.multi_account_replication_from("arn:aws:dynamodb:us-east-1:333333333333:table/Source")
ddb.TableGrants.from_table(plain, ["eu-west-1", "eu-central-1"]).read_data(role("RegionalReader"))
ddb.TableGrants.from_table(plain, None, True).write_data(role("IndexWriter"))

raw_key = kms.CfnKey(stack, "RawKey", key_policy={"Version": "2012-10-17", "Statement": []})
raw = ddb.CfnTable(stack, "Raw", key_schema=[ddb.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH")],
                   attribute_definitions=[ddb.CfnTable.AttributeDefinitionProperty(attribute_name="pk", attribute_type="S")],
                   billing_mode="PAY_PER_REQUEST",
                   sse_specification=ddb.CfnTable.SSESpecificationProperty(
                       sse_enabled=True, sse_type="KMS", kms_master_key_id=raw_key.attr_arn))
ddb.TableGrants.from_table(raw).read_write_data(role("RawReaderWriter"))
ddb.TableGrants.from_table(raw).read_data(iam.AccountPrincipal("555555555555"))
ddb.TableGrants.from_table(raw, None, True).full_access(role("RawAdmin"))
unencrypted = ddb.CfnTable(stack, "Unencrypted",
                           key_schema=[ddb.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH")],
                           attribute_definitions=[ddb.CfnTable.AttributeDefinitionProperty(attribute_name="pk", attribute_type="S")],
                           billing_mode="PAY_PER_REQUEST")
ddb.TableGrants.from_table(unencrypted).multi_account_replication_from("arn:aws:dynamodb:us-east-1:666666666666:table/Source")

imported = ddb.Table.from_table_attributes(stack, "Imported", table_name="imported", global_indexes=["g"],
                                           table_stream_arn="arn:aws:dynamodb:us-east-1:111111111111:table/imported/stream/2024")
imported.grants.read_write_data(role("ImportedReaderWriter"))
imported.stream_grants.read(role("ImportedStreamReader"))

# Tables of one region, granted to a role of another.
east = cdk.Environment(account="111111111111", region="us-east-1")
west = cdk.Environment(account="111111111111", region="eu-west-1")
producer = cdk.Stack(app, "Producer", env=east)
named = ddb.Table(producer, "Named", partition_key=ddb.Attribute(name="id", type=S), table_name="orders")
generated = ddb.Table(producer, "Generated", partition_key=ddb.Attribute(name="id", type=S),
                      table_name=cdk.PhysicalName.GENERATE_IF_NEEDED, stream=ddb.StreamViewType.KEYS_ONLY)
ddb.Table(producer, "Unused", partition_key=ddb.Attribute(name="id", type=S), table_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
consumer = cdk.Stack(app, "Consumer", env=west)
reader = iam.Role(consumer, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
named.grant_read_data(reader)
generated.grant_read_write_data(reader)
cdk.CfnOutput(consumer, "GeneratedName", value=generated.table_name)

app.synth()
