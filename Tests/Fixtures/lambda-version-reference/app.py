# Reference app for Lambda.currentVersion: the version's logical id hashes the function's configuration.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Versions")
fn = lambda_.Function(stack, "Api", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return 1"),
                      environment={"ZED": "z", "ALPHA": "a"}, memory_size=256, reserved_concurrent_executions=2)
lambda_.Alias(stack, "Live", alias_name="live", version=fn.current_version)
fn.add_environment("MIDDLE", "m")
plain = lambda_.Function(stack, "Plain", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                         code=lambda_.Code.from_inline("exports.handler = async () => 1;"))
plain.current_version
app.synth()
