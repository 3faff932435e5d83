# Reference app for @aws-cdk/aws-iam:minimizePolicies: statements that differ in one of
# actions, resources or principals are merged, sorted; other statements stay apart.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-iam:minimizePolicies": True})
stack = cdk.Stack(app, "Minimized")
role = iam.Role(stack, "Role", assumed_by=iam.CompositePrincipal(
    iam.ServicePrincipal("sns.amazonaws.com"), iam.ServicePrincipal("lambda.amazonaws.com"),
    iam.AccountPrincipal("123456789012")))
other = iam.Role(stack, "Other", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=["arn:aws:s3:::b/*"]))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::b/*"]))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject", "s3:PutObject"], resources=["arn:aws:s3:::a/*"]))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"], conditions={"Bool": {"aws:SecureTransport": "true"}}))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:DeleteMessage"], resources=["*"], conditions={"Bool": {"aws:SecureTransport": "true"}}))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:PurgeQueue"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteObject"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"], sid="Named"))
role.add_to_policy(iam.PolicyStatement(actions=["kms:Encrypt"], resources=["*"], sid="Named2"))
role.add_to_policy(iam.PolicyStatement(actions=["iam:PassRole"], resources=[other.role_arn]))
role.add_to_policy(iam.PolicyStatement(actions=["iam:PassRole"], resources=["arn:aws:iam::123456789012:role/zeta"]))
role.add_to_policy(iam.PolicyStatement(actions=["iam:GetRole"], resources=[other.role_arn, "arn:aws:iam::123456789012:role/zeta"]))
role.add_to_policy(iam.PolicyStatement(not_actions=["iam:*"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(not_actions=["iam:*"], resources=["arn:aws:s3:::c"]))
single = iam.Role(stack, "Single", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
single.add_to_policy(iam.PolicyStatement(actions=["s3:PutObject", "s3:GetObject"], resources=["arn:aws:s3:::z", "arn:aws:s3:::a"]))
unminimized = iam.Role(stack, "Unminimized", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
doc = iam.PolicyDocument(minimize=False, statements=[
    iam.PolicyStatement(actions=["s3:PutObject"], resources=["*"]),
    iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])])
iam.Policy(stack, "Plain", document=doc, roles=[unminimized])
large = iam.Role(stack, "Large", assumed_by=iam.ServicePrincipal("service.amazonaws.com"))
for i in range(300):
    large.add_to_principal_policy(iam.PolicyStatement(
        actions=[f"aws:DoThing{i % 3}"],
        resources=[f"arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource{i}"]))
app.synth()
