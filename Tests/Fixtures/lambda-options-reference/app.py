# Reference app for Lambda function options: dead-letter topics and queues, /tmp size,
# environment encryption, and @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy
# (set on one stack only), with a role of the app's own.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_iam as iam, aws_sns as sns, aws_sqs as sqs, aws_kms as kms, aws_logs as logs

app = cdk.App()


def props():
    return dict(runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler", code=lambda_.Code.from_inline("foo"))


stack = cdk.Stack(app, "Options")
topic = sns.Topic(stack, "DeadLetterTopic")
lambda_.Function(stack, "ToTopic", dead_letter_topic=topic, **props())
queue = sqs.Queue(stack, "DeadLetterQueue", queue_name="MyLambda_DLQ", retention_period=cdk.Duration.days(14))
lambda_.Function(stack, "ToQueue", dead_letter_queue=queue, dead_letter_queue_enabled=True, **props())
lambda_.Function(stack, "NewQueue", dead_letter_queue_enabled=True, function_name="OneFunctionToRuleThemAll", **props())
lambda_.Function(stack, "NoQueue", dead_letter_queue_enabled=False, **props())
key = kms.Key(stack, "EnvVarEncryptKey", description="sample key")
lambda_.Function(stack, "Storage", ephemeral_storage_size=cdk.Size.mebibytes(1024), environment={"SOME": "Variable"},
                 environment_encryption=key, **props())
defaults = lambda_.Function(stack, "DefaultPolicies", tracing=lambda_.Tracing.ACTIVE, dead_letter_queue_enabled=True, **props())
defaults.add_to_role_policy(iam.PolicyStatement(actions=["explicit:explicit"], resources=["*"]))

flagged = cdk.Stack(app, "NewPolicies")
flagged.node.set_context("@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy", True)
role = iam.Role(flagged, "SomeRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["confirm:itsthesame"], resources=["*"]))
own = lambda_.Function(flagged, "Function", role=role,
                       initial_policy=[iam.PolicyStatement(actions=["inline:inline"], resources=["*"])], **props())
own.add_to_role_policy(iam.PolicyStatement(actions=["explicit:explicit"], resources=["*"]))
lambda_.Function(flagged, "Traced", tracing=lambda_.Tracing.PASS_THROUGH, dead_letter_queue_enabled=True, **props())

logged = cdk.Stack(app, "ManagedLogs")
logged.node.set_context("@aws-cdk/aws-lambda:useCdkManagedLogGroup", True)
managed = lambda_.Function(logged, "Managed", **props())
cdk.Tags.of(managed).add("Environment", "Test")
given = logs.LogGroup(logged, "CustomLogGroup")
lambda_.Function(logged, "Given", log_group=given, **props())
lambda_.Function(options := stack, "GivenUnflagged", log_group=logs.LogGroup(stack, "OwnLogGroup"), **props())
app.synth()
