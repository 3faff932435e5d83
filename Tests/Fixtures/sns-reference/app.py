# Reference app for the SNS high-level layer: topics, policies, grants and every subscription kind.
import aws_cdk as cdk
from aws_cdk import (aws_sns as sns, aws_sns_subscriptions as subs, aws_sqs as sqs, aws_iam as iam,
                     aws_kms as kms, aws_lambda as lambda_)

app = cdk.App()
stack = cdk.Stack(app, "Topics")
role = iam.Role(stack, "Publisher", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key = kms.Key(stack, "Key")
plain = sns.Topic(stack, "Plain")
named = sns.Topic(stack, "Named", topic_name="named-topic", display_name="Named", master_key=key)
fifo = sns.Topic(stack, "Fifo", topic_name="orders", fifo=True, content_based_deduplication=True)
sns.Topic(stack, "UnnamedFifo", fifo=True)
plain.grant_publish(role)
named.grant_publish(role)
plain.grant_subscribe(role)
plain.add_to_resource_policy(iam.PolicyStatement(actions=["sns:Publish"], resources=[plain.topic_arn],
                                                 principals=[iam.ServicePrincipal("events.amazonaws.com")]))
queue = sqs.Queue(stack, "Queue")
dlq = sqs.Queue(stack, "SubscriptionDlq")
plain.add_subscription(subs.SqsSubscription(queue, raw_message_delivery=True, dead_letter_queue=dlq))
fn = lambda_.Function(stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return None"))
plain.add_subscription(subs.LambdaSubscription(fn))
plain.add_subscription(subs.EmailSubscription("ops@example.com"))
plain.add_subscription(subs.UrlSubscription("https://example.com/hook"))
app.synth()
