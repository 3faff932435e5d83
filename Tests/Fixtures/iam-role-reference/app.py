# Reference app for IAM roles: the props, the trust policy, grants, managed policy limits,
# overflow policies, imports (mutable, immutable, other accounts) and cross-environment ARNs.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Roles")

iam.Role(stack, "Default", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
iam.Role(stack, "OneExternalId", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"), external_ids=["SomeSecret"])
iam.Role(stack, "TwoExternalIds", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
         external_ids=["SomeSecret", "AnotherSecret"])
iam.Role(stack, "Federated", assumed_by=iam.FederatedPrincipal("foo", {"StringEquals": {"key": "value"}}, "sts:AssumeSomething"))
iam.Role(stack, "WebIdentity", assumed_by=iam.WebIdentityPrincipal("cognito-identity.amazonaws.com",
                                                                    {"StringEquals": {"cognito-identity.amazonaws.com:aud": "pool"}}))
iam.Role(stack, "Pathed", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"), path="/")
iam.Role(stack, "ShortName", assumed_by=iam.ServicePrincipal("bla"), path="/a/b/")
iam.Role(stack, "Session", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"), max_session_duration=cdk.Duration.seconds(3700))
iam.Role(stack, "Composite", assumed_by=iam.CompositePrincipal(iam.ServicePrincipal("boom.amazonaws.test"), iam.ArnPrincipal("1111111")))
iam.Role(stack, "Bounded", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
         permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("managed-policy"))
iam.Role(stack, "Anyone", assumed_by=iam.AnyPrincipal())
iam.Role(stack, "Described", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"), description="This is a role description.")
iam.Role(stack, "EmptyDescription", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"), description="")
iam.Role(stack, "Canonical", assumed_by=iam.CanonicalUserPrincipal("abc123"))
iam.Role(stack, "Tagged", assumed_by=iam.ServicePrincipal("sns.amazonaws.com").with_session_tags())
iam.Role(stack, "Named", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"), role_name="a" * 64)

managed = iam.Role(stack, "Managed", assumed_by=iam.ServicePrincipal("test.service"),
                   managed_policies=[iam.ManagedPolicy.from_managed_policy_arn(stack, "M1", "managed1"),
                                     iam.ManagedPolicy.from_managed_policy_arn(stack, "M2", "managed2")])
managed.add_managed_policy(iam.ManagedPolicy.from_managed_policy_arn(stack, "M3", "managed3"))

grantee = iam.User(stack, "User")
target = iam.Role(stack, "Target", assumed_by=iam.ServicePrincipal("henk.amazonaws.com"))
target.grant_pass_role(grantee)
target.grant_assume_role(grantee)
target.grant(grantee, "iam:GetRole", "iam:TagRole")
iam.Role(stack, "AssumedByUser", assumed_by=grantee)

dedup = iam.Role(stack, "Dedup", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
                 managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("SuperDeveloper"),
                                   iam.ManagedPolicy.from_aws_managed_policy_name("SuperDeveloper")])
dedup.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
for i in range(20):
    dedup.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("SuperDeveloper"))

many = iam.Role(stack, "ManyPolicies", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
many.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
for i in range(20):
    many.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(f"SuperDeveloper{i}"))

some = iam.Role(stack, "SomePolicies", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
some.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
for i in range(11):
    some.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(f"Developer{i}"))

large = iam.Role(stack, "Large", assumed_by=iam.ServicePrincipal("service.amazonaws.com"))
for i in range(200):
    large.add_to_principal_policy(iam.PolicyStatement(
        actions=["aws:DoAThing"],
        resources=[f"arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource{i}"]))
result = large.add_to_principal_policy(iam.PolicyStatement(
    actions=["aws:DoAThing"], resources=["arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource200"]))
depender = cdk.CfnResource(stack, "Depender", type="AWS::Some::Resource")
depender.node.add_dependency(result.policy_dependable)

copies = iam.Role(stack, "Copies", assumed_by=iam.ServicePrincipal("service.amazonaws.com"))
for i in range(100):
    copies.add_to_principal_policy(iam.PolicyStatement(
        actions=["aws:DoAThing"], resources=["arn:aws:service:us-east-1:111122223333:someResource/SomeSpecificResource"]))

frozen = iam.Role(stack, "Frozen", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
immutable = frozen.without_policy_updates()
immutable.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
immutable.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("Ignored"))
cdk.CfnOutput(stack, "FrozenArn", value=immutable.role_arn)

by_name = iam.Role.from_role_name(stack, "ByName", "existing-role")
by_name.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
by_name.add_managed_policy(iam.ManagedPolicy(stack, "Attached", statements=[
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])]))
by_name.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
by_name.grant_pass_role(grantee)
by_arn = iam.Role.from_role_arn(stack, "ByArn", "arn:aws:iam::123456789012:role/service-role/path/imported",
                                default_policy_name="MyPolicy")
by_arn.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=["*"]))
other = iam.Role.from_role_arn(stack, "OtherAccount", "arn:aws:iam::999999999999:role/other")
other.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:DeleteMessage"], resources=["*"]))
fixed = iam.Role.from_role_arn(stack, "Fixed", "arn:aws:iam::123456789012:role/fixed", mutable=False)
fixed.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:PurgeQueue"], resources=["*"]))
cdk.CfnOutput(stack, "ByArnName", value=by_arn.role_name)
cdk.CfnOutput(stack, "ByNameArn", value=by_name.role_arn)
token_arn = cdk.CfnParameter(stack, "RoleArnParameter").value_as_string
from_token = iam.Role.from_role_arn(stack, "FromToken", token_arn)
cdk.CfnOutput(stack, "FromTokenName", value=from_token.role_name)

role_stack = cdk.Stack(app, "RoleStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
referencer = cdk.Stack(app, "Referencer", env=cdk.Environment(region="us-east-2"))
pathed = iam.Role(role_stack, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
                  path="/sample/path/", role_name="sample-name")
generated = iam.Role(role_stack, "Generated", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"),
                     role_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
cdk.CfnResource(referencer, "Referencer", type="Custom::RoleReferencer",
                properties={"RoleArn": pathed.role_arn, "RoleName": pathed.role_name,
                            "GeneratedArn": generated.role_arn, "GeneratedName": generated.role_name})

app.synth()
