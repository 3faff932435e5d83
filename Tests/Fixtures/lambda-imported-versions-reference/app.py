# Reference app for imported versions (by ARN and by function and number), aliases of versions
# and of $LATEST, and the permissions boundary a stage gives a function's service role.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Versions")
version = lambda_.Version.from_version_arn(stack, "Version", "arn:aws:lambda:region:account-id:function:function-name:version1")
cdk.CfnOutput(stack, "ARN", value=version.function_arn)
cdk.CfnOutput(stack, "Name", value=version.function_name)
cdk.CfnOutput(stack, "FunctionArn", value=version.lambda_.function_arn)
version.configure_async_invoke(retry_attempts=1)
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("foo"))
numbered = lambda_.Version.from_version_attributes(stack, "Numbered", version="7", lambda_=fn)
numbered.configure_async_invoke(retry_attempts=0)
numbered.grant_invoke(iam.Role(stack, "Caller", assumed_by=iam.AccountPrincipal("1234")))
cdk.CfnOutput(stack, "NumberedArn", value=numbered.function_arn)
fn.current_version.add_alias("foo")
fn.latest_version.add_alias("latest")
token = lambda_.Version.from_version_arn(stack, "FromToken", fn.current_version.function_arn)
cdk.CfnOutput(stack, "TokenFunctionArn", value=token.lambda_.function_arn)
cdk.CfnOutput(stack, "TokenVersion", value=token.version)

prod = cdk.Stage(app, "Prod", permissions_boundary=cdk.PermissionsBoundary.from_name("my-boundary"))
bounded = cdk.Stack(prod, "Bounded")
lambda_.Function(bounded, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                 code=lambda_.Code.from_inline("foo"))
app.synth()
