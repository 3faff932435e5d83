# Reference app for imported SQS queues: by literal ARN, by token ARN, by attributes (URL, name,
# FIFO flag, key), across regions, and grants on imported queues.
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Imports")
arn = cdk.CfnParameter(stack, "QueueArn", type="String")
user = iam.User(stack, "User")

literal = sqs.Queue.from_queue_arn(stack, "Literal", "arn:aws:sqs:us-east-1:123456789012:queue1")
fifo = sqs.Queue.from_queue_arn(stack, "Fifo", "arn:aws:sqs:us-west-2:123456789012:queue2.fifo")
token = sqs.Queue.from_queue_arn(stack, "FromToken", arn.value_as_string)
token_fifo = sqs.Queue.from_queue_attributes(stack, "TokenFifo", queue_arn=arn.value_as_string, fifo=True)
with_url = sqs.Queue.from_queue_attributes(stack, "WithUrl", queue_arn="arn:aws:sqs:us-east-1:123456789012:queue3",
                                           queue_url="https://queue-url")
named = sqs.Queue.from_queue_attributes(stack, "Named", queue_arn="arn:aws:sqs:eu-west-1:111111111111:queue4",
                                        queue_name="other-name")
encrypted = sqs.Queue.from_queue_attributes(
    stack, "Encrypted", queue_arn="arn:aws:sqs:eu-west-1:111111111111:queue5",
    key_arn="arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab")

literal.grant_purge(user)
with_url.grant_send_messages(user)
token.grant_consume_messages(user)
encrypted.grant_send_messages(user)
encrypted.grant_consume_messages(user)
named.grant(user, "sqs:ListQueueTags", "sqs:TagQueue")
literal.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"],
                                                   principals=[iam.AccountPrincipal("123456789012")]))

for queue_id, queue in [("Literal", literal), ("Fifo", fifo), ("FromToken", token), ("TokenFifo", token_fifo),
                        ("WithUrl", with_url), ("Named", named), ("Encrypted", encrypted)]:
    cdk.CfnOutput(stack, queue_id + "Arn", value=queue.queue_arn)
    cdk.CfnOutput(stack, queue_id + "Url", value=queue.queue_url)
    cdk.CfnOutput(stack, queue_id + "Name", value=queue.queue_name)

regional = cdk.Stack(app, "Regional", env=cdk.Environment(region="us-east-1"))
other_region = sqs.Queue.from_queue_arn(regional, "OtherRegion", "arn:aws:sqs:us-west-2:123456789012:queue1")
cdk.CfnOutput(regional, "OtherRegionUrl", value=other_region.queue_url)
cdk.CfnOutput(regional, "OtherRegionName", value=other_region.queue_name)
app.synth()
