# Reference app for iam.PermissionsBoundary.of(scope): apply to every role and user of a
# scope (L1 roles included), clear on one role.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

plain = cdk.App()
applied = cdk.Stack(plain, "Applied")
boundary = iam.ManagedPolicy(applied, "Boundary", statements=[iam.PolicyStatement(actions=["*"], resources=["*"])])
iam.PermissionsBoundary.of(applied).apply(boundary)
iam.Role(applied, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
iam.User(applied, "User")
cdk.CfnResource(applied, "RawRole", type="AWS::IAM::Role", properties={"AssumeRolePolicyDocument": {}})
cleared = iam.Role(applied, "Cleared", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
                   permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("Own"))
iam.PermissionsBoundary.of(cleared).clear()
plain.synth()
