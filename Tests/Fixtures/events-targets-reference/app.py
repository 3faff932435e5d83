# Reference app for EventBridge target options and inputs: dead-letter queues, retry policies,
# inputs from objects, text and event paths (with event fields, an input transformer).
import aws_cdk as cdk
from aws_cdk import (aws_events as events, aws_events_targets as targets, aws_lambda as lambda_,
                     aws_sqs as sqs, aws_sns as sns)

app = cdk.App()
stack = cdk.Stack(app, "Targets")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"))
dlq = sqs.Queue(stack, "TargetDlq")
queue = sqs.Queue(stack, "Queue")
fifo = sqs.Queue(stack, "Fifo", fifo=True)
topic = sns.Topic(stack, "Topic")
rule = events.Rule(stack, "OnStop", event_pattern=events.EventPattern(source=["aws.ec2"], detail={"state": ["stopped"]}))
rule.add_target(targets.LambdaFunction(fn, dead_letter_queue=dlq, max_event_age=cdk.Duration.hours(2), retry_attempts=2,
                                       event=events.RuleTargetInput.from_object({"instance": events.EventField.from_path("$.detail.instance-id"),
                                                                                "fixed": "yes"})))
rule.add_target(targets.SqsQueue(queue, message=events.RuleTargetInput.from_text(
    f"Instance {events.EventField.from_path('$.detail.instance-id')} is {events.EventField.from_path('$.detail.state')}"),
    retry_attempts=0))
rule.add_target(targets.SnsTopic(topic, message=events.RuleTargetInput.from_event_path("$.detail"), dead_letter_queue=dlq))
rule.add_target(targets.SqsQueue(fifo, message_group_id="group"))
events.Rule(stack, "Plain", schedule=events.Schedule.rate(cdk.Duration.minutes(10)),
            targets=[targets.LambdaFunction(fn, event=events.RuleTargetInput.from_object({"job": "cleanup", "count": 3})),
                     targets.SnsTopic(topic, message=events.RuleTargetInput.from_text("tick"))])
std_rule = events.Rule(stack, "Grouped", event_pattern=events.EventPattern(source=["my.app"]))
std_rule.add_target(targets.SqsQueue(queue, message_group_id="standard-group",
                                     message=events.RuleTargetInput.from_multiline_text(f"first {events.EventField.source}\nsecond line")))
std_rule.add_target(targets.LambdaFunction(fn, event=events.RuleTargetInput.from_object(
    {"id": events.EventField.event_id, "when": f"at {events.EventField.time}", "queue": queue.queue_url, "nested": {"d": events.EventField.from_path("$.detail")}})))
app.synth()
