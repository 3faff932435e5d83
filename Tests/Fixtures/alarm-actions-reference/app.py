# Reference app for alarm actions (Lambda, EC2, SSM OpsItems and incidents) and for the event
# bus target (a rule forwarding to another bus, with the events role and a dead-letter queue).
import aws_cdk as cdk
from aws_cdk import (aws_cloudwatch as cw, aws_cloudwatch_actions as cw_actions, aws_events as events,
                     aws_events_targets as targets, aws_iam as iam, aws_lambda as lambda_, aws_sqs as sqs)

app = cdk.App()
stack = cdk.Stack(app, "Actions")
fn = lambda_.Function(stack, "Responder", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"))
metric = cw.Metric(namespace="App", metric_name="Errors")
first = cw.Alarm(stack, "First", metric=metric, threshold=1, evaluation_periods=1)
first.add_alarm_action(cw_actions.LambdaAction(fn))
first.add_ok_action(cw_actions.LambdaAction(fn))
second = cw.Alarm(stack, "Second", metric=metric, threshold=10, evaluation_periods=1)
second.add_alarm_action(cw_actions.LambdaAction(fn, use_unique_permission_id=True))
second.add_alarm_action(cw_actions.Ec2Action(cw_actions.Ec2InstanceAction.REBOOT))
second.add_ok_action(cw_actions.SsmAction(cw_actions.OpsItemSeverity.HIGH, cw_actions.OpsItemCategory.AVAILABILITY))
second.add_insufficient_data_action(cw_actions.SsmAction(cw_actions.OpsItemSeverity.LOW))
second.add_insufficient_data_action(cw_actions.SsmIncidentAction("on-call"))
central = events.EventBus.from_event_bus_arn(stack, "Central", "arn:aws:events:us-east-1:999999999999:event-bus/central")
dlq = sqs.Queue(stack, "ForwardDlq")
forward = events.Rule(stack, "Forward", event_pattern=events.EventPattern(source=["app"]))
forward.add_target(targets.EventBus(central, dead_letter_queue=dlq))
forward.add_target(targets.EventBus(events.EventBus.from_event_bus_name(stack, "Local", "local-bus")))
role = iam.Role(stack, "ForwardRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
events.Rule(stack, "WithRole", event_pattern=events.EventPattern(source=["other"]),
            targets=[targets.EventBus(central, role=role)])
app.synth()
