# Reference app for EventBridge event buses: a bus with a dead-letter queue, a key and a
# description, rules on it, archives, grants, a resource policy and imported buses.
import aws_cdk as cdk
from aws_cdk import (aws_events as events, aws_events_targets as targets, aws_iam as iam, aws_kms as kms,
                     aws_lambda as lambda_, aws_sqs as sqs)

app = cdk.App()
stack = cdk.Stack(app, "Buses")
dlq = sqs.Queue(stack, "BusDlq")
key = kms.Key(stack, "BusKey")
orders = events.EventBus(stack, "Orders", event_bus_name="orders", dead_letter_queue=dlq,
                         description="Order events", kms_key=key)
plain = events.EventBus(stack, "Plain")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"))
events.Rule(stack, "OnOrder", event_bus=orders, event_pattern=events.EventPattern(source=["shop.orders"]),
            targets=[targets.LambdaFunction(fn)])
events.Rule(stack, "OnPlain", event_bus=plain, event_pattern=events.EventPattern(detail_type=["thing"]))
orders.archive("OrderArchive", event_pattern=events.EventPattern(source=["shop.orders"]), retention=cdk.Duration.days(30),
               archive_name="orders-archive")
plain.archive("PlainArchive", event_pattern=events.EventPattern(account=[stack.account]))
orders.grant_put_events_to(fn)
events.EventBus.grant_all_put_events(fn)
orders.add_to_resource_policy(iam.PolicyStatement(sid="AllowPartner", actions=["events:PutEvents"],
                                                  principals=[iam.AccountPrincipal("111111111111")],
                                                  resources=[orders.event_bus_arn]))
imported = events.EventBus.from_event_bus_arn(stack, "Imported", "arn:aws:events:us-east-1:222222222222:event-bus/shared")
by_name = events.EventBus.from_event_bus_name(stack, "ByName", "other-bus")
events.Rule(stack, "OnShared", event_bus=imported, event_pattern=events.EventPattern(source=["shared"]))
by_name.grant_put_events_to(fn)
cdk.CfnOutput(stack, "SharedName", value=imported.event_bus_name)
app.synth()
