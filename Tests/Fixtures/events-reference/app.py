# Reference app for the Events and CloudWatch high-level layers: rules, targets, metrics, alarms.
import aws_cdk as cdk
from aws_cdk import (aws_events as events, aws_events_targets as targets, aws_lambda as lambda_,
                     aws_sqs as sqs, aws_sns as sns, aws_cloudwatch as cw, aws_cloudwatch_actions as cw_actions)

app = cdk.App()
stack = cdk.Stack(app, "Rules")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"))
queue = sqs.Queue(stack, "Queue")
topic = sns.Topic(stack, "Topic")
events.Rule(stack, "Nightly", schedule=events.Schedule.cron(minute="0", hour="3"),
            description="Nightly run", rule_name="nightly", enabled=False,
            targets=[targets.LambdaFunction(fn), targets.SqsQueue(queue)])
events.Rule(stack, "Hourly", schedule=events.Schedule.rate(cdk.Duration.hours(1)), targets=[targets.SnsTopic(topic)])
events.Rule(stack, "OnEc2", event_pattern=events.EventPattern(source=["aws.ec2"], detail_type=["EC2 Instance State-change Notification"],
                                                             detail={"state": ["stopped"]}),
            targets=[targets.LambdaFunction(fn)])
metric = cw.Metric(namespace="Custom", metric_name="Latency", dimensions_map={"Service": "api", "Stage": "prod"},
                   statistic="p99", period=cdk.Duration.minutes(1), unit=cw.Unit.MILLISECONDS)
alarm = metric.create_alarm(stack, "LatencyAlarm", threshold=500, evaluation_periods=3, datapoints_to_alarm=2,
                            comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
                            treat_missing_data=cw.TreatMissingData.IGNORE, alarm_name="latency",
                            alarm_description="p99 latency", actions_enabled=True)
alarm.add_alarm_action(cw_actions.SnsAction(topic))
alarm.add_ok_action(cw_actions.SnsAction(topic))
cw.Alarm(stack, "Throttles", metric=fn.metric_throttles(), threshold=1, evaluation_periods=1)
cw.Alarm(stack, "Duration", metric=fn.metric_duration(statistic="Maximum"), threshold=1000, evaluation_periods=2)
app.synth()
