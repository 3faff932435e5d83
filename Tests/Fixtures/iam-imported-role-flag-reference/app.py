# Reference app for imported roles with @aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName:
# the default policy is named after the import's unique id; defaultPolicyName still wins.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName": True})
stack = cdk.Stack(app, "Flagged", env=cdk.Environment(account="123456789012", region="eu-west-1"))
role = iam.Role.from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/shared")
role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
named = iam.Role.from_role_arn(stack, "Named", "arn:aws:iam::123456789012:role/named", default_policy_name="Custom")
named.add_to_principal_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=["*"]))
other = iam.Role.from_role_arn(stack, "OtherAccount", "arn:aws:iam::999999999999:role/other",
                               mutable=False, add_grants_to_resources=True)
result = other.add_to_principal_policy(iam.PolicyStatement(actions=["s3:DeleteObject"], resources=["*"]))
cdk.CfnOutput(stack, "OtherAdded", value=str(result.statement_added))
cross = iam.Role.from_role_arn(stack, "CrossAccount", "arn:aws:iam::999999999999:role/cross")
cross.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=["*"]))
cdk.CfnOutput(stack, "CrossName", value=cross.role_name)
app.synth()
