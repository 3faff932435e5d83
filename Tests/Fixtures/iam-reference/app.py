# Reference app for the IAM high-level constructs: roles, principals, inline, managed and
# default policies, statement rendering and de-duplication.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Iam")
role = iam.Role(stack, "Worker",
                assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
                description="Runs the worker",
                max_session_duration=cdk.Duration.hours(2))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject", "s3:GetObject", "s3:List*"],
                                       resources=["arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/*"]))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteObject"], resources=["*"],
                                       conditions={"Bool": {"aws:SecureTransport": "false"}}))

cross = iam.Role(stack, "CrossAccount",
                 assumed_by=iam.CompositePrincipal(iam.AccountPrincipal("222222222222"),
                                                   iam.ArnPrincipal("arn:aws:iam::333333333333:role/Other")),
                 external_ids=["secret"],
                 role_name="cross-account-reader",
                 inline_policies={"Read": iam.PolicyDocument(statements=[
                     iam.PolicyStatement(actions=["dynamodb:GetItem"], resources=["arn:aws:dynamodb:eu-west-1:111111111111:table/T"])])})
role.grant_pass_role(cross)

managed = iam.ManagedPolicy(stack, "Shared", statements=[
    iam.PolicyStatement(actions=["logs:CreateLogStream", "logs:PutLogEvents"], resources=["*"])])
cross.add_managed_policy(managed)

extra = iam.Policy(stack, "Extra", statements=[iam.PolicyStatement(actions=["sns:Publish"], resources=["*"])])
extra.attach_to_role(role)
org = iam.Role(stack, "OrgRole", assumed_by=iam.OrganizationPrincipal("o-abcdef1234"))
cdk.CfnOutput(stack, "WorkerArn", value=role.role_arn)
app.synth()
