# Reference app for iam.Role.customizeRoles with preventSynthesis false: the roles are still
# synthesized, nothing is reported as missing.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
iam.Role.customize_roles(app, prevent_synthesis=False)
stack = cdk.Stack(app, "Kept")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
cdk.CfnResource(stack, "MyResource", type="AWS::Custom", properties={"RoleName": role.role_name})
app.synth()
