# Reference app for permissions boundaries: the @aws-cdk/core:permissionsBoundary context,
# a stage's permissionsBoundary (placeholders, qualifiers) and PermissionsBoundary.of(scope).
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/core:permissionsBoundary": {"name": "cdk-${Qualifier}-PermissionsBoundary"}})
from_context = cdk.Stack(app, "FromContext")
iam.Role(from_context, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
iam.User(from_context, "User")
cdk.CfnResource(from_context, "RawRole", type="AWS::IAM::Role", properties={"AssumeRolePolicyDocument": {}})

stage = cdk.Stage(app, "Stage", permissions_boundary=cdk.PermissionsBoundary.from_name("cdk-${Qualifier}-PermissionsBoundary"))
in_stage = cdk.Stack(stage, "InStage")
iam.Role(in_stage, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
qualified = cdk.Stack(stage, "Qualified", synthesizer=cdk.DefaultStackSynthesizer(qualifier="custom"))
iam.Role(qualified, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))

placeholders = cdk.Stage(app, "Placeholders", env=cdk.Environment(region="eu-central-2", account="123456789012"),
                         permissions_boundary=cdk.PermissionsBoundary.from_name(
                             "cdk-${Qualifier}-PermissionsBoundary-${AWS::AccountId}-${AWS::Region}"))
placed = cdk.Stack(placeholders, "Placed")
iam.Role(placed, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))

by_arn = cdk.Stage(app, "ByArn", permissions_boundary=cdk.PermissionsBoundary.from_arn(
    "arn:aws:iam::123456789012:policy/my-boundary"))
arn_stack = cdk.Stack(by_arn, "Arned")
iam.Role(arn_stack, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
         permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("Own"))

app.synth()
