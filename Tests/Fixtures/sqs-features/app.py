# Reference app for the rest of SQS.Queue: redrive allow policies, a retention period from a
# parameter, a key given with another encryption (warning), resource policies, every metric.
import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs, aws_iam as iam, aws_kms as kms, aws_cloudwatch as cw

app = cdk.App()
stack = cdk.Stack(app, "Features")
retention = cdk.CfnParameter(stack, "RetentionSeconds", type="Number", default=30)
source = sqs.Queue(stack, "Source")
sqs.Queue(stack, "AllowAll", redrive_allow_policy=sqs.RedriveAllowPolicy())
sqs.Queue(stack, "DenyAll", redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL))
sqs.Queue(stack, "BySource", redrive_allow_policy=sqs.RedriveAllowPolicy(source_queues=[source]))
sqs.Queue(stack, "ExplicitAllowAll",
          redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.ALLOW_ALL))
sqs.Queue(stack, "FromParameter", retention_period=cdk.Duration.seconds(retention.value_as_number))
key = kms.Key(stack, "Key")
sqs.Queue(stack, "KeyWithManaged", encryption=sqs.QueueEncryption.KMS_MANAGED, encryption_master_key=key)
sqs.Queue(stack, "KeyWithUnencrypted", encryption=sqs.QueueEncryption.UNENCRYPTED, encryption_master_key=key,
          data_key_reuse=cdk.Duration.minutes(2))
sqs.Queue(stack, "KeyOnly", encryption_master_key=key)
sqs.Queue(stack, "ExplicitFifoFalse", fifo=False, queue_name="plain-queue")
with_policy = sqs.Queue(stack, "WithPolicy", enforce_ssl=True)
with_policy.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:*"], resources=["*"],
                                                       principals=[iam.ArnPrincipal("arn")]))
policy = sqs.QueuePolicy(stack, "SharedPolicy", queues=[source, with_policy])
policy.document.add_statements(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"],
                                                   principals=[iam.ServicePrincipal("sns.amazonaws.com")]))

queue = sqs.Queue(stack, "Measured")
metrics = {
    "Visible": queue.metric_approximate_number_of_messages_visible(),
    "NotVisible": queue.metric_approximate_number_of_messages_not_visible(),
    "Delayed": queue.metric_approximate_number_of_messages_delayed(),
    "OldestAge": queue.metric_approximate_age_of_oldest_message(),
    "EmptyReceives": queue.metric_number_of_empty_receives(),
    "Deleted": queue.metric_number_of_messages_deleted(),
    "Received": queue.metric_number_of_messages_received(),
    "Sent": queue.metric_number_of_messages_sent(),
    "SentSize": queue.metric_sent_message_size(),
    "Custom": queue.metric("Custom", statistic="p99", period=cdk.Duration.minutes(1)),
    "Outstanding": queue.metric_approximate_number_of_messages_outstanding(),
    "OutstandingLabelled": queue.metric_approximate_number_of_messages_outstanding(
        label="Backlog", period=cdk.Duration.minutes(1)),
}
for name, metric in metrics.items():
    metric.create_alarm(stack, name + "Alarm", threshold=1, evaluation_periods=1)
app.synth()
