# Reference app for iam.Role.customizeRoles: precreated roles replace the roles of a scope,
# at the app scope and at a relative scope; with preventSynthesis false the roles stay.
import aws_cdk as cdk
from constructs import Construct
from aws_cdk import aws_iam as iam

app = cdk.App()
iam.Role.customize_roles(app, use_precreated_roles={"Precreated/Role": "SomeRoleName"})
stack = cdk.Stack(app, "Precreated")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
                inline_policies={"Inline": iam.PolicyDocument(statements=[
                    iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])])})
other = iam.Role.from_role_name(stack, "OtherRole", "OtherRole")
role.grant(other, "sts:AssumeRole")
role.grant_pass_role(other)
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
role.add_managed_policy(iam.ManagedPolicy(stack, "MyPolicy", statements=[
    iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])]))
role.add_to_policy(iam.PolicyStatement(actions=["*"], resources=["*"]))
role.without_policy_updates()
role.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
cdk.CfnResource(stack, "MyResource", type="AWS::Custom", properties={
    "RoleName": role.role_name, "RoleArn": role.role_arn, "AssumeRoleAction": role.assume_role_action,
    "PrincipalAccount": role.principal_account})

sub_stack = cdk.Stack(app, "Relative")
sub = Construct(sub_stack, "SomeConstruct")
iam.Role.customize_roles(sub, use_precreated_roles={"Role": "RelativeRoleName"})
relative = iam.Role(sub, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
cdk.CfnResource(sub, "MyResource", type="AWS::Custom", properties={"Role": relative.role_name})

app.synth()
