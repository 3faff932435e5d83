# Reference app for Lambda versions and aliases as functions: grants, permissions, metrics,
# event sources, rule targets and asynchronous invocation options on them.
import aws_cdk as cdk
from aws_cdk import (aws_cloudwatch as cloudwatch, aws_events as events, aws_events_targets as targets,
                     aws_iam as iam, aws_lambda as lambda_, aws_lambda_event_sources as sources, aws_sqs as sqs)

app = cdk.App()
stack = cdk.Stack(app, "Aliases")
fn = lambda_.Function(stack, "Api", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return 1"),
                      max_event_age=cdk.Duration.hours(1), retry_attempts=1)
live = fn.add_alias("live", retry_attempts=0, description="Live traffic")
version = lambda_.Version(stack, "V1", lambda_=fn, max_event_age=cdk.Duration.minutes(5))
canary = lambda_.Alias(stack, "Canary", alias_name="canary", version=fn.current_version,
                       additional_versions=[lambda_.VersionWeight(version=version, weight=0.1)],
                       provisioned_concurrent_executions=2)

caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
live.grant_invoke(caller)
version.grant_invoke(caller)
live.grant_invoke(iam.ServicePrincipal("apigateway.amazonaws.com"))
canary.add_permission("AllowS3", principal=iam.ServicePrincipal("s3.amazonaws.com"), source_account="123456789012")
version.add_permission("AllowSns", principal=iam.ServicePrincipal("sns.amazonaws.com"))

queue = sqs.Queue(stack, "Jobs")
live.add_event_source(sources.SqsEventSource(queue, batch_size=5))
rule = events.Rule(stack, "Hourly", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
rule.add_target(targets.LambdaFunction(live))

cloudwatch.Alarm(stack, "LiveErrors", metric=live.metric_errors(), threshold=1, evaluation_periods=1)
cloudwatch.Alarm(stack, "VersionDuration", metric=version.metric_duration(period=cdk.Duration.minutes(1)),
                 threshold=1000, evaluation_periods=2)
cdk.CfnOutput(stack, "LiveName", value=live.function_name)
cdk.CfnOutput(stack, "LiveArn", value=live.function_arn)
cdk.CfnOutput(stack, "VersionName", value=version.function_name)
app.synth()
