# Reference app for provisioned concurrency autoscaling of Lambda aliases: addAutoScaling with
# and without a minimum, target tracking on utilization with its options, scheduled actions.
import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling, aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "AliasScaling")
fn = lambda_.Function(stack, "Api", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return 1"))
live = lambda_.Alias(stack, "Live", alias_name="live", version=fn.current_version,
                     provisioned_concurrent_executions=2)
scaling = live.add_auto_scaling(min_capacity=2, max_capacity=20)
scaling.scale_on_utilization(utilization_target=0.7, scale_in_cooldown=cdk.Duration.minutes(5),
                             scale_out_cooldown=cdk.Duration.seconds(30), disable_scale_in=False)
scaling.scale_on_schedule("MorningPeak", schedule=appscaling.Schedule.cron(minute="0", hour="8", week_day="MON-FRI"),
                          min_capacity=10)
scaling.scale_on_schedule("Evening", schedule=appscaling.Schedule.rate(cdk.Duration.hours(12)),
                          min_capacity=2, max_capacity=5)

named = lambda_.Function(stack, "Named", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                         function_name="named-function",
                         code=lambda_.Code.from_inline("def handler(event, context):\n    return 2"))
beta = named.add_alias("beta")
beta.add_auto_scaling(max_capacity=5).scale_on_utilization(utilization_target=0.5, policy_name="BetaTracking")
app.synth()
