# Reference app for function options: JSON logging with levels, a text format with a log
# group, recursive loops, runtime management modes, SnapStart (and its warning), and the
# options of the current version.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "RuntimeOptions")


def new_function(id, runtime=lambda_.Runtime.PYTHON_3_12, **kwargs):
    return lambda_.Function(stack, id, runtime=runtime, handler="index.handler",
                            code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"), **kwargs)


new_function("Json", logging_format=lambda_.LoggingFormat.JSON,
             application_log_level_v2=lambda_.ApplicationLogLevel.DEBUG,
             system_log_level_v2=lambda_.SystemLogLevel.WARN)
group = logs.LogGroup(stack, "Group", log_group_name="custom", retention=logs.RetentionDays.ONE_WEEK)
new_function("Text", logging_format=lambda_.LoggingFormat.TEXT, log_group=group)
new_function("Loop", recursive_loop=lambda_.RecursiveLoop.ALLOW,
             runtime_management_mode=lambda_.RuntimeManagementMode.FUNCTION_UPDATE)
new_function("Manual", runtime_management_mode=lambda_.RuntimeManagementMode.manual(
    "arn:aws:lambda:us-east-1::runtime:abcd1234"))
new_function("Auto", runtime_management_mode=lambda_.RuntimeManagementMode.AUTO)
snap = new_function("Snap", snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS,
                    current_version_options=lambda_.VersionOptions(
                        description="snapshot", provisioned_concurrent_executions=2,
                        removal_policy=cdk.RemovalPolicy.RETAIN))
snap.current_version

app.synth()
