# Reference app for the Lambda high-level layer: props, role, grants, permissions, event sources, assets.
import aws_cdk as cdk
from aws_cdk import (aws_lambda as lambda_, aws_iam as iam, aws_sqs as sqs, aws_sns as sns,
                     aws_lambda_event_sources as sources)

app = cdk.App()
stack = cdk.Stack(app, "Functions")
queue = sqs.Queue(stack, "Jobs")
topic = sns.Topic(stack, "Events")
fn = lambda_.Function(stack, "Worker",
                      runtime=lambda_.Runtime.PYTHON_3_12,
                      handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
                      memory_size=512,
                      timeout=cdk.Duration.seconds(30),
                      environment={"STAGE": "prod", "A_FIRST": "1"},
                      description="Processes jobs",
                      function_name="worker-fn",
                      tracing=lambda_.Tracing.PASS_THROUGH,
                      reserved_concurrent_executions=5,
                      dead_letter_queue_enabled=True,
                      architecture=lambda_.Architecture.ARM_64,
                      initial_policy=[iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"])])
fn.add_environment("ADDED", "later")
fn.add_event_source(sources.SqsEventSource(queue, batch_size=5))
fn.add_event_source(sources.SnsEventSource(topic))
caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
fn.grant_invoke(caller)
fn.grant_invoke(iam.ServicePrincipal("apigateway.amazonaws.com"))
fn.add_permission("AllowS3", principal=iam.ServicePrincipal("s3.amazonaws.com"), source_account="123456789012")
role = iam.Role(stack, "Given", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
asset_fn = lambda_.Function(stack, "FromAsset", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                            code=lambda_.Code.from_asset("handler"), role=role)
version = lambda_.Version(stack, "V1", lambda_=asset_fn)
lambda_.Alias(stack, "Live", alias_name="live", version=version)
app.synth()
