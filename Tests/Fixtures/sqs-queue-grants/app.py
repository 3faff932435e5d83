# Reference app for SQS.QueueGrants: grants on CfnQueues (whose queue policy and key policy are
# made or extended as the AWS CDK does, with the key found by id, ARN or reference, and none for
# an alias), on queue constructs (with and without a key) and on an imported queue.
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_iam as iam, aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "Grants")
user = iam.User(stack, "User")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
service = iam.ServicePrincipal("some.service.amazonaws.com")

plain = sqs.CfnQueue(stack, "Queue")
sqs.QueueGrants.from_queue(plain).send_messages(user)
sqs.QueueGrants.from_queue(plain).send_messages(service)
sqs.QueueGrants.from_queue(plain).consume_messages(iam.ServicePrincipal("other.service.amazonaws.com"))
sqs.QueueGrants.from_queue(plain).purge(role)

key = kms.CfnKey(stack, "CustomKey", key_policy={"Statement": []})
by_id = sqs.CfnQueue(stack, "ById", kms_master_key_id=key.attr_key_id)
sqs.QueueGrants.from_queue(by_id).send_messages(role)
sqs.QueueGrants.from_queue(by_id).consume_messages(service)
by_arn = sqs.CfnQueue(stack, "ByArn", kms_master_key_id=key.attr_arn)
sqs.QueueGrants.from_queue(by_arn).consume_messages(user)
other_key = kms.CfnKey(stack, "OtherKey")
by_ref = sqs.CfnQueue(stack, "ByRef", kms_master_key_id=other_key.ref)
sqs.QueueGrants.from_queue(by_ref).send_messages(user)
aliased = sqs.CfnQueue(stack, "Aliased", kms_master_key_id="alias/aws/sqs")
sqs.QueueGrants.from_queue(aliased).send_messages(user)
sqs.QueueGrants.from_queue(plain).actions(user, ["sqs:ListQueueTags"], resource_arns=["*"])
# A key construct's policy is a token: grants change the grantee's policy only.
l2_key = kms.Key(stack, "L2Key")
with_l2_key = sqs.CfnQueue(stack, "WithL2Key", kms_master_key_id=l2_key.key_arn)
sqs.QueueGrants.from_queue(with_l2_key).send_messages(role)

queue = sqs.Queue(stack, "L2")
queue.grants.consume_messages(user)
sqs.QueueGrants.from_queue(queue).purge(user)
queue.grants.send_messages(service)
encrypted = sqs.Queue(stack, "Encrypted", encryption=sqs.QueueEncryption.KMS)
encrypted.grants.send_messages(role)
encrypted.grants.actions(role, ["sqs:ListQueueTags"], key_actions=["kms:DescribeKey"])
imported = sqs.Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:queue1")
imported.grants.send_messages(role)
app.synth()
