# Reference app for the rest of SNS.Topic: signature version, tracing, archive policy, FIFO
# throughput scope, delivery status logging, SSL enforcement with other statements, topic
# policies, grants with a key, imports and every metric.
import aws_cdk as cdk
from aws_cdk import aws_sns as sns, aws_iam as iam, aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "Topics")
arn = cdk.CfnParameter(stack, "TopicArn", type="String")
user = iam.User(stack, "User")
key = kms.Key(stack, "CustomKey")
feedback = iam.Role(stack, "FeedbackRole", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))

sns.Topic(stack, "Signed", signature_version="2", tracing_config=sns.TracingConfig.ACTIVE)
sns.Topic(stack, "PassThrough", tracing_config=sns.TracingConfig.PASS_THROUGH)
sns.Topic(stack, "Archived", fifo=True, message_retention_period_in_days=10,
          fifo_throughput_scope=sns.FifoThroughputScope.MESSAGE_GROUP)
sns.Topic(stack, "TopicScope", fifo=True, topic_name="scoped.fifo",
          fifo_throughput_scope=sns.FifoThroughputScope.TOPIC)
sns.Topic(stack, "ExplicitFalse", fifo=False, content_based_deduplication=False)

logged = sns.Topic(stack, "Logged", logging_configs=[sns.LoggingConfig(
    protocol=sns.LoggingProtocol.SQS, failure_feedback_role=feedback, success_feedback_role=feedback,
    success_feedback_sample_rate=50)])
logged.add_logging_config(protocol=sns.LoggingProtocol.HTTP, success_feedback_role=feedback)
logged.add_logging_config(protocol=sns.LoggingProtocol.LAMBDA, failure_feedback_role=feedback,
                                            success_feedback_sample_rate=0)
logged.add_logging_config(protocol=sns.LoggingProtocol.FIREHOSE)
logged.add_logging_config(protocol=sns.LoggingProtocol.APPLICATION, success_feedback_sample_rate=100)

encrypted = sns.Topic(stack, "Encrypted", master_key=key, enforce_ssl=True)
encrypted.add_to_resource_policy(iam.PolicyStatement(resources=["*"], actions=["sns:*"],
                                                     principals=[iam.ArnPrincipal("arn")]))
encrypted.grant_publish(user)
encrypted.grant_subscribe(user)

plain = sns.Topic(stack, "Plain")
plain.add_to_resource_policy(iam.PolicyStatement(actions=["service:statement0"], resources=["*"], principals=[iam.ArnPrincipal("arn")]))
plain.add_to_resource_policy(iam.PolicyStatement(actions=["service:statement1"], resources=["*"], principals=[iam.ArnPrincipal("arn")]))
sns.TopicPolicy(stack, "PassedDocument", topics=[plain], policy_document=iam.PolicyDocument(
    assign_sids=True, statements=[iam.PolicyStatement(actions=["service:statement0"], principals=[iam.ArnPrincipal("arn")])]))
sns.TopicPolicy(stack, "Enforced", topics=[plain], enforce_ssl=True)
added = sns.TopicPolicy(stack, "Added", topics=[plain])
added.document.add_statements(iam.PolicyStatement(actions=["service:statement0"], principals=[iam.ArnPrincipal("arn")]))

imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-west-2:123456789012:my-topic")
imported_fifo = sns.Topic.from_topic_attributes(stack, "ImportedFifo", topic_arn="arn:aws:sns:*:123456789012:mytopic.fifo",
                                                content_based_deduplication=True)
imported_key = sns.Topic.from_topic_attributes(
    stack, "ImportedKey", topic_arn="arn:aws:sns:us-east-1:123456789012:keyed",
    key_arn="arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
from_token = sns.Topic.from_topic_arn(stack, "FromToken", arn.value_as_string)
imported_key.grant_publish(user)
from_token.grant_subscribe(user)
for topic_id, topic in [("Imported", imported), ("ImportedFifo", imported_fifo), ("ImportedKey", imported_key),
                        ("FromToken", from_token)]:
    cdk.CfnOutput(stack, topic_id + "Arn", value=topic.topic_arn)
    cdk.CfnOutput(stack, topic_id + "Name", value=topic.topic_name)

metrics = {
    "PublishSize": plain.metric_publish_size(),
    "Published": plain.metric_number_of_messages_published(),
    "Delivered": plain.metric_number_of_notifications_delivered(),
    "Failed": plain.metric_number_of_notifications_failed(),
    "FilteredOut": plain.metric_number_of_notifications_filtered_out(),
    "FilteredOutNoAttributes": plain.metric_number_of_notifications_filtered_out_no_message_attributes(),
    "FilteredOutInvalid": plain.metric_number_of_notifications_filtered_out_invalid_attributes(),
    "SmsSpent": plain.metric_sms_month_to_date_spent_usd(),
    "SmsSuccess": plain.metric_sms_success_rate(),
    "Custom": plain.metric("Custom", statistic="Minimum", period=cdk.Duration.minutes(1)),
}
for name, metric in metrics.items():
    metric.create_alarm(stack, name + "Alarm", threshold=1, evaluation_periods=1)
app.synth()
