# Reference app for the SQS high-level layer: defaults, every prop, encryption kinds, grants.
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_iam as iam, aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "Queues")
role = iam.Role(stack, "Consumer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
plain = sqs.Queue(stack, "Plain")
dlq = sqs.Queue(stack, "Dlq", retention_period=cdk.Duration.days(14))
full = sqs.Queue(stack, "Full",
                 queue_name="full-queue",
                 visibility_timeout=cdk.Duration.seconds(120),
                 retention_period=cdk.Duration.hours(12),
                 delivery_delay=cdk.Duration.seconds(5),
                 receive_message_wait_time=cdk.Duration.seconds(20),
                 max_message_size_bytes=2048,
                 dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=5),
                 encryption=sqs.QueueEncryption.KMS_MANAGED,
                 data_key_reuse=cdk.Duration.minutes(10),
                 enforce_ssl=True,
                 removal_policy=cdk.RemovalPolicy.RETAIN)
fifo = sqs.Queue(stack, "Fifo", fifo=True, content_based_deduplication=True,
                 deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
                 fifo_throughput_limit=sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID)
unencrypted = sqs.Queue(stack, "Unencrypted", encryption=sqs.QueueEncryption.UNENCRYPTED)
managed = sqs.Queue(stack, "SqsManaged", encryption=sqs.QueueEncryption.SQS_MANAGED)
kms_queue = sqs.Queue(stack, "Kms", encryption=sqs.QueueEncryption.KMS)
plain.grant_consume_messages(role)
full.grant_send_messages(role)
fifo.grant_purge(role)
kms_queue.grant_send_messages(role)
kms_queue.grant_consume_messages(role)
managed.grant(role, "sqs:ListQueueTags")
plain.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[plain.queue_arn],
                                                 principals=[iam.AccountPrincipal("123456789012")]))
app.synth()
