# Reference app: CodeDeploy for Lambda beyond conformance case 10. A named application and
# group with a post hook, an alarm added later and a poll-failure setting; groups whose rollback
# is turned off, whose role is given, whose alarms are ignored; custom configs (linear and the
# default all-at-once, one named); an imported config and application; the ARNs as outputs; and
# a stack with the removeAlarmsFromDeploymentGroup flag set.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_cloudwatch as cw, aws_codedeploy as codedeploy, aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Deploy")

def fn(scope, id):
    return lambda_.Function(scope, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=lambda_.Code.from_inline("def handler(event, context):\n    return None"))

def alias(scope, id, function):
    return lambda_.Alias(scope, id, alias_name="live", version=function.current_version)

api = fn(stack, "Api")
live = alias(stack, "Live", api)
post = fn(stack, "PostHook")
application = codedeploy.LambdaApplication(stack, "App", application_name="my-app")
group = codedeploy.LambdaDeploymentGroup(stack, "Group", alias=live, application=application,
    deployment_group_name="my-group", post_hook=post, ignore_poll_alarms_failure=True)
alarm = cw.Alarm(stack, "Errors", metric=live.metric_errors(), threshold=1, evaluation_periods=1)
group.add_alarm(alarm)
cdk.CfnOutput(stack, "GroupArn", value=group.deployment_group_arn)
cdk.CfnOutput(stack, "GroupName", value=group.deployment_group_name)
cdk.CfnOutput(stack, "AppArn", value=application.application_arn)

quiet = fn(stack, "Quiet")
codedeploy.LambdaDeploymentGroup(stack, "NoRollback", alias=alias(stack, "QuietLive", quiet),
    auto_rollback=codedeploy.AutoRollbackConfig(failed_deployment=False, stopped_deployment=False, deployment_in_alarm=False),
    deployment_config=codedeploy.LambdaDeploymentConfig.ALL_AT_ONCE)

role = iam.Role(stack, "DeployRole", assumed_by=iam.ServicePrincipal("codedeploy.amazonaws.com"))
linear = codedeploy.LambdaDeploymentConfig(stack, "Linear", deployment_config_name="my-linear",
    traffic_routing=codedeploy.TimeBasedLinearTrafficRouting(interval=cdk.Duration.minutes(3), percentage=20))
all_at_once = codedeploy.LambdaDeploymentConfig(stack, "AllAtOnce")
cdk.CfnOutput(stack, "LinearArn", value=linear.deployment_config_arn)
cdk.CfnOutput(stack, "AllAtOnceArn", value=all_at_once.deployment_config_arn)
cdk.CfnOutput(stack, "PredefinedArn", value=codedeploy.LambdaDeploymentConfig.CANARY_10_PERCENT_15_MINUTES.deployment_config_arn)
given = fn(stack, "Given")
given_group = codedeploy.LambdaDeploymentGroup(stack, "GivenRole", alias=alias(stack, "GivenLive", given), role=role,
    deployment_config=linear, alarms=[alarm], ignore_alarm_configuration=True)
given_group.add_pre_hook(post)

imported_app = codedeploy.LambdaApplication.from_lambda_application_name(stack, "ImportedApp", "legacy-app")
imported_config = codedeploy.LambdaDeploymentConfig.from_lambda_deployment_config_name(stack, "ImportedConfig", "legacy-config")
imported_group = codedeploy.LambdaDeploymentGroup.from_lambda_deployment_group_attributes(stack, "ImportedGroup",
    application=imported_app, deployment_group_name="legacy-group", deployment_config=imported_config)
cdk.CfnOutput(stack, "ImportedGroupArn", value=imported_group.deployment_group_arn)
cdk.CfnOutput(stack, "ImportedAppArn", value=imported_app.application_arn)
cdk.CfnOutput(stack, "ImportedConfigArn", value=imported_group.deployment_config.deployment_config_arn)
worker = fn(stack, "Worker")
codedeploy.LambdaDeploymentGroup(stack, "OnImported", alias=alias(stack, "WorkerLive", worker),
    application=imported_app, deployment_config=imported_config)

flagged = cdk.Stack(app, "Flagged")
flagged.node.set_context("@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup", True)
job = fn(flagged, "Job")
codedeploy.LambdaDeploymentGroup(flagged, "Group", alias=alias(flagged, "Live", job))
app.synth()
