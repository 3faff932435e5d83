# Reference app for SNS.Subscription: filter policies (string, numeric, exists), filter policies
# on the message body, delivery policies with and without defaults, a dead-letter queue, a
# region, subscriptions under another scope and subscriptions whose id is a token.
import aws_cdk as cdk
from aws_cdk import aws_sns as sns, aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "Subscriptions")
topic = sns.Topic(stack, "Topic")
sns.Subscription(stack, "Plain", endpoint="endpoint", protocol=sns.SubscriptionProtocol.LAMBDA, topic=topic)
dlq = sqs.Queue(stack, "DeadLetterQueue", queue_name="MySubscription_DLQ", retention_period=cdk.Duration.days(14))
sns.Subscription(stack, "WithDlq", endpoint="endpoint", protocol=sns.SubscriptionProtocol.LAMBDA, topic=topic,
                 dead_letter_queue=dlq, region="eu-west-1")
sns.Subscription(stack, "Filtered", endpoint="endpoint", protocol=sns.SubscriptionProtocol.LAMBDA, topic=topic,
                 filter_policy={
                     "color": sns.SubscriptionFilter.string_filter(
                         allowlist=["red", "green"], denylist=["white", "orange"],
                         match_prefixes=["bl", "ye"], match_suffixes=["ue", "ow"]),
                     "price": sns.SubscriptionFilter.numeric_filter(
                         allowlist=[100, 200], between=sns.BetweenCondition(start=300, stop=350), greater_than=500,
                         less_than=1000, between_strict=sns.BetweenCondition(start=2000, stop=3000),
                         greater_than_or_equal_to=1000, less_than_or_equal_to=-2),
                 })
sns.Subscription(stack, "Zero", endpoint="endpoint", protocol=sns.SubscriptionProtocol.LAMBDA, topic=topic,
                 filter_policy={
                     "zero": sns.SubscriptionFilter.numeric_filter(
                         greater_than=0, greater_than_or_equal_to=0, less_than=0, less_than_or_equal_to=0),
                     "size": sns.SubscriptionFilter.exists_filter(),
                     "missing": sns.SubscriptionFilter.not_exists_filter(),
                 })
sns.Subscription(stack, "Raw", endpoint="raw", protocol=sns.SubscriptionProtocol.LAMBDA, topic=topic,
                 filter_policy={"plain": sns.SubscriptionFilter(conditions=["a", "b"])})
sns.Subscription(stack, "BodyFiltered", endpoint="endpoint", protocol=sns.SubscriptionProtocol.LAMBDA, topic=topic,
                 filter_policy_with_message_body={
                     "background": sns.FilterOrPolicy.policy({
                         "color": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.string_filter(
                             allowlist=["red", "green"], denylist=["white", "orange"])),
                     }),
                     "price": sns.FilterOrPolicy.filter(sns.SubscriptionFilter.numeric_filter(
                         allowlist=[100, 200], between=sns.BetweenCondition(start=300, stop=350))),
                 })
sns.Subscription(stack, "Delivery", endpoint="https://example.com", protocol=sns.SubscriptionProtocol.HTTPS, topic=topic,
                 delivery_policy=sns.DeliveryPolicy(
                     healthy_retry_policy=sns.HealthyRetryPolicy(
                         min_delay_target=cdk.Duration.seconds(5), max_delay_target=cdk.Duration.seconds(10),
                         num_retries=6, num_no_delay_retries=1, num_min_delay_retries=2, num_max_delay_retries=3,
                         backoff_function=sns.BackoffFunction.EXPONENTIAL),
                     throttle_policy=sns.ThrottlePolicy(max_receives_per_second=10),
                     request_policy=sns.RequestPolicy(header_content_type="application/json")))
sns.Subscription(stack, "DeliveryDefaults", endpoint="http://example.com", protocol=sns.SubscriptionProtocol.HTTP,
                 topic=topic, delivery_policy=sns.DeliveryPolicy(
                     healthy_retry_policy=sns.HealthyRetryPolicy(backoff_function=sns.BackoffFunction.LINEAR)))
sns.Subscription(stack, "Firehose", endpoint="arn:aws:firehose:us-east-1:123456789012:deliverystream/s",
                 protocol=sns.SubscriptionProtocol.FIREHOSE, topic=topic, raw_message_delivery=True,
                 subscription_role_arn="arn:aws:iam::123456789012:role/sns")


other = cdk.Stack(app, "Other")
import jsii


@jsii.implements(sns.ITopicSubscription)
class HttpSubscriber:
    def __init__(self, subscriber_id, scope=None):
        self.subscriber_id, self.scope = subscriber_id, scope

    def bind(self, topic):
        return sns.TopicSubscriptionConfig(protocol=sns.SubscriptionProtocol.HTTP, endpoint="http://foo/bar",
                                           subscriber_id=self.subscriber_id, subscriber_scope=self.scope)


topic.add_subscription(HttpSubscriber("my-subscription"))
topic.add_subscription(HttpSubscriber("subscriberId", other))
token_id = cdk.Token.as_string(cdk.Fn.ref("AWS::StackName"))
topic.add_subscription(HttpSubscriber(token_id))
topic.add_subscription(HttpSubscriber(token_id))
topic.add_subscription(HttpSubscriber(token_id))
app.synth()
