# Reference app for CloudWatch composite alarms: alarm rules (all of, any of, not,
# from a state, from text, from a boolean), actions, suppressors and imported alarms.
import aws_cdk as cdk
from aws_cdk import (aws_cloudwatch as cw, aws_cloudwatch_actions as cw_actions, aws_sns as sns, aws_sqs as sqs)

app = cdk.App()
stack = cdk.Stack(app, "Alarms")
topic = sns.Topic(stack, "Pager")
queue = sqs.Queue(stack, "Work")
visible = cw.Alarm(stack, "Backlog", metric=queue.metric_approximate_number_of_messages_visible(), threshold=100, evaluation_periods=3)
age = cw.Alarm(stack, "OldestMessage", metric=queue.metric_approximate_age_of_oldest_message(), threshold=600, evaluation_periods=1)
errors = cw.Alarm(stack, "Errors", metric=cw.Metric(namespace="App", metric_name="Errors"), threshold=5, evaluation_periods=2,
                  alarm_name="app-errors")
maintenance = cw.Alarm.from_alarm_arn(stack, "Maintenance", "arn:aws:cloudwatch:us-east-1:123456789012:alarm:maintenance")
either = cw.CompositeAlarm(stack, "QueueUnhealthy",
                           alarm_rule=cw.AlarmRule.any_of(visible, age),
                           alarm_description="The queue is backed up")
either.add_alarm_action(cw_actions.SnsAction(topic))
either.add_ok_action(cw_actions.SnsAction(topic))
cw.CompositeAlarm(stack, "Everything",
                  composite_alarm_name="everything",
                  alarm_rule=cw.AlarmRule.all_of(
                      cw.AlarmRule.any_of(cw.AlarmRule.from_alarm(visible, cw.AlarmState.ALARM),
                                          cw.AlarmRule.from_alarm(errors, cw.AlarmState.INSUFFICIENT_DATA)),
                      cw.AlarmRule.not_(cw.AlarmRule.from_alarm(age, cw.AlarmState.OK)),
                      cw.AlarmRule.from_boolean(True),
                      cw.AlarmRule.from_string("ALARM(other)")),
                  actions_enabled=False,
                  actions_suppressor=maintenance)
cw.CompositeAlarm(stack, "Suppressed",
                  alarm_rule=cw.AlarmRule.any_of(visible, age),
                  actions_suppressor=errors,
                  actions_suppressor_extension_period=cdk.Duration.minutes(5),
                  actions_suppressor_wait_period=cdk.Duration.seconds(30))
visible.add_alarm_action(cw_actions.SnsAction(topic))
app.synth()
