# Reference app for the DynamoDB stream event source.
import aws_cdk as cdk
from aws_cdk import aws_dynamodb as ddb, aws_lambda as lambda_, aws_lambda_event_sources as sources

app = cdk.App()
stack = cdk.Stack(app, "Streams")
table = ddb.Table(stack, "Orders", partition_key=ddb.Attribute(name="id", type=ddb.AttributeType.STRING),
                  stream=ddb.StreamViewType.NEW_AND_OLD_IMAGES)
fn = lambda_.Function(stack, "OnChange", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return None"))
fn.add_event_source(sources.DynamoEventSource(table, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                              retry_attempts=3, bisect_batch_on_error=True))
app.synth()
