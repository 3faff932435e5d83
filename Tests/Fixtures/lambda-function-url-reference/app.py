# Reference app for Lambda function URLs: auth types, CORS (full, defaults), invoke modes,
# URLs of aliases, the permissions the AWS CDK adds for NONE auth, and grantInvokeUrl to a
# role (policy statements) and to a service (permissions), repeated.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_iam as iam

app = cdk.App()


def new_function(scope, id):
    return lambda_.Function(scope, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"))


stack = cdk.Stack(app, "FunctionUrls")
private_fn = new_function(stack, "Private")
private_url = private_fn.add_function_url()
cdk.CfnOutput(stack, "PrivateUrl", value=private_url.url)

public_fn = new_function(stack, "Public")
public_fn.add_function_url(
    auth_type=lambda_.FunctionUrlAuthType.NONE,
    invoke_mode=lambda_.InvokeMode.RESPONSE_STREAM,
    cors=lambda_.FunctionUrlCorsOptions(
        allow_credentials=True,
        allowed_headers=["X-Custom-Header"],
        allowed_methods=[lambda_.HttpMethod.GET, lambda_.HttpMethod.POST],
        allowed_origins=["https://example.com"],
        exposed_headers=["X-Exposed"],
        max_age=cdk.Duration.hours(1)))

cors_fn = new_function(stack, "CorsDefaults")
lambda_.FunctionUrl(stack, "CorsUrl", function=cors_fn, auth_type=lambda_.FunctionUrlAuthType.AWS_IAM,
                    invoke_mode=lambda_.InvokeMode.BUFFERED,
                    cors=lambda_.FunctionUrlCorsOptions(allowed_origins=["*"]))

aliased_fn = new_function(stack, "Aliased")
alias = lambda_.Alias(stack, "Live", alias_name="live", version=aliased_fn.current_version)
alias_url = alias.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
cdk.CfnOutput(stack, "AliasUrl", value=alias_url.url)

invoker = iam.Role(stack, "Invoker", assumed_by=iam.AccountPrincipal("1234"))
private_fn.grant_invoke_url(invoker)
private_fn.grant_invoke_url(invoker)
private_url.grant_invoke_url(iam.ServicePrincipal("lambda.amazonaws.com"))
alias.grant_invoke_url(invoker)
alias.grant_invoke_url(iam.AccountPrincipal("5678"))

app.synth()
