# Reference app for Lambda permissions: principals and their conditions, grants (repeated,
# organizations, composite, versions, $LATEST), imported functions and their environments,
# and the warnings the AWS CDK gives for them.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_iam as iam

app = cdk.App()


def new_function(scope, id):
    return lambda_.Function(scope, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"))


stack = cdk.Stack(app, "Permissions")
fn = new_function(stack, "Fn")
fn.add_permission("S3", action="lambda:*", principal=iam.ServicePrincipal("s3.amazonaws.com"),
                  source_account=stack.account, source_arn="arn:aws:s3:::my_bucket")
fn.add_permission("OrgOfAccount", principal=iam.AccountPrincipal("123456789012"),
                  organization_id=iam.OrganizationPrincipal("o-xxxxxxxxxx").organization_id)
fn.add_permission("Org", principal=iam.OrganizationPrincipal("o-12345abcde"))
fn.add_permission("Conditional", principal=iam.PrincipalWithConditions(iam.ServicePrincipal("my-service"), {
    "ArnLike": {"aws:SourceArn": "arn:aws:s3:::my-bucket"},
    "StringEquals": {"aws:SourceAccount": "some-account"},
}))
fn.add_permission("InOrg", principal=iam.PrincipalWithConditions(iam.ServicePrincipal("other-service"), {
    "StringEquals": {"aws:PrincipalOrgID": "o-principalorg"},
}))
fn.grant_invoke(iam.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
fn.grant_invoke(iam.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
fn.grant_invoke(iam.OrganizationPrincipal("o-abcdefghij"))
fn.grant_invoke(iam.PrincipalWithConditions(iam.ServicePrincipal("s3.amazonaws.com"), {
    "ArnLike": {"aws:SourceArn": "arn:aws:s3:::bucket-a"}, "StringEquals": {"aws:SourceAccount": "111111111111"}}))
fn.grant_invoke(iam.PrincipalWithConditions(iam.ServicePrincipal("s3.amazonaws.com"), {
    "ArnLike": {"aws:SourceArn": "arn:aws:s3:::bucket-b"}, "StringEquals": {"aws:SourceAccount": "111111111111"}}))
fn.grant_invoke_composite_principal(iam.CompositePrincipal(
    iam.AccountPrincipal("1234"), iam.ServicePrincipal("apigateway.amazonaws.com"),
    iam.ArnPrincipal("arn:aws:iam::123456789012:role/someRole")))
caller = iam.Role(stack, "Caller", assumed_by=iam.AccountPrincipal("1234"))
fn.grant_invoke(caller)
fn.grant_invoke(caller)
fn.grant_invoke_latest_version(caller)
version = lambda_.Version(stack, "V2", lambda_=fn)
fn.grant_invoke_version(caller, version)
version.add_permission("OnVersion", principal=iam.ServicePrincipal("lambda.amazonaws.com"))
alias = lambda_.Alias(stack, "Live", alias_name="live", version=fn.latest_version)
alias.add_permission("OnAlias", principal=iam.ServicePrincipal("lambda.amazonaws.com"))
fn.latest_version.add_permission("OnLatest", principal=iam.ServicePrincipal("lambda.amazonaws.com"))
cdk.CfnOutput(stack, "LatestArn", value=fn.latest_version.function_arn)
cdk.CfnOutput(stack, "LatestName", value=fn.latest_version.function_name)

# Invoke permissions on a function that has a current version: the AWS CDK warns.
versioned = new_function(stack, "Versioned")
versioned.add_permission("Invoke", principal=iam.ServicePrincipal("lambda.amazonaws.com"))
versioned.current_version
versioned.current_version
versioned.add_permission("Get", action="lambda:GetFunction", principal=iam.ServicePrincipal("lambda.amazonaws.com"))

# Imported functions in an environment-agnostic stack.
unknown = lambda_.Function.from_function_attributes(
    stack, "Unknown", function_arn="arn:aws:lambda:us-west-2:123456789012:function:my-function")
unknown.add_permission("Nothing", principal=iam.AccountPrincipal("123456789010"))
skipped = lambda_.Function.from_function_attributes(
    stack, "Skipped", function_arn="arn:aws:lambda:us-west-2:123456789012:function:my-function", skip_permissions=True)
skipped.add_permission("Nothing", principal=iam.AccountPrincipal("123456789010"))
skipped.grant_invoke(iam.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
same = lambda_.Function.from_function_attributes(
    stack, "Same", function_arn="arn:aws:lambda:us-east-1:123456789012:function:BaseFunction", same_environment=True)
same.add_permission("FromCloudFormation", principal=iam.ServicePrincipal("cloudformation.amazonaws.com"))
same.grant_invoke(iam.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
named = lambda_.Function.from_function_name(stack, "Named", "my-function")
named.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
cdk.CfnOutput(stack, "NamedArn", value=named.function_arn)
cdk.CfnOutput(stack, "NamedName", value=named.function_name)

# A stack in an account: imported functions of that account can have permissions, others not.
account = cdk.Stack(app, "InAccount", env=cdk.Environment(account="123456789012", region="us-east-1"))
own = lambda_.Function.from_function_arn(account, "Own", "arn:aws:lambda:us-east-1:123456789012:function:MyFn")
own.grant_invoke(iam.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
foreign = lambda_.Function.from_function_arn(account, "Foreign", "arn:aws:lambda:us-east-1:222222222222:function:MyFn")
foreign.add_permission("Nothing", principal=iam.ServicePrincipal("cloudformation.amazonaws.com"))
local = new_function(account, "Local")
local.grant_invoke(iam.Role.from_role_arn(account, "SameAccountRole", "arn:aws:iam::123456789012:role/someRole"))
local.grant_invoke(iam.Role.from_role_arn(account, "OtherAccountRole", "arn:aws:iam::333333333333:role/otherRole"))
app.synth()
