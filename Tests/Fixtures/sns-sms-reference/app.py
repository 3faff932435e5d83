# Reference app for SMS subscriptions: a phone number, with a filter policy (a dead-letter queue
# in the props is not used).
import aws_cdk as cdk
from aws_cdk import aws_sns as sns, aws_sns_subscriptions as subs, aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "Sms")
topic = sns.Topic(stack, "Alerts")
topic.add_subscription(subs.SmsSubscription("+15551231234"))
topic.add_subscription(subs.SmsSubscription("+15550000000", dead_letter_queue=sqs.Queue(stack, "Dlq"),
                                            filter_policy={"severity": sns.SubscriptionFilter.string_filter(allowlist=["high"])}))
app.synth()
