# Reference app for IAM users and groups: props, passwords, policies, groups, imports and
# cross-environment ARNs.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Users")

iam.User(stack, "Plain")
iam.User(stack, "WithPassword", password=cdk.SecretValue.unsafe_plain_text("1234"))
iam.User(stack, "MustReset", password=cdk.SecretValue.unsafe_plain_text("1234"), password_reset_required=True)
iam.User(stack, "WithManaged", managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("asdf")])
iam.User(stack, "Bounded", permissions_boundary=iam.ManagedPolicy.from_aws_managed_policy_name("managed-policy"))
iam.User(stack, "Named", user_name="alice", path="/team/")

group = iam.Group(stack, "MyGroup")
user1 = iam.User(stack, "User1")
user2 = iam.User(stack, "User2", groups=[group])
user1.add_to_group(group)
group.add_user(user2)
user1.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
user1.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
user1.attach_inline_policy(iam.Policy(stack, "UserPolicy", statements=[
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])]))

iam.Group(stack, "ManagedGroup", managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("asdf")],
          group_name="admins", path="/ops/")
group.add_to_principal_policy(iam.PolicyStatement(actions=["sns:Publish"], resources=["*"]))
group.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("Billing"))
group.attach_inline_policy(iam.Policy(stack, "GroupPolicy", statements=[
    iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=["*"])]))

full = iam.Group(stack, "Full", group_name="Full", managed_policies=[
    iam.ManagedPolicy.from_aws_managed_policy_name(str(i)) for i in range(11)])
later = iam.Group(stack, "Later", group_name="Later")
for i in range(12):
    later.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(str(i)))

imported = iam.User.from_user_name(stack, "ImportedUser", "john")
imported.add_to_principal_policy(iam.PolicyStatement(actions=["aws:Use"], resources=["*"]))
imported.attach_inline_policy(iam.Policy(stack, "Policy", statements=[
    iam.PolicyStatement(actions=["aws:Use"], resources=["*"])]))
other_group = iam.Group(stack, "OtherGroup")
imported.add_to_group(group)
other_group.add_user(imported)

by_arn = iam.User.from_user_arn(stack, "ByArn", "arn:aws:iam::account-id:user/p/a/t/h/MyUserName")
token_user = iam.User.from_user_attributes(stack, "ByToken", user_arn=cdk.Token.as_string({"Ref": "ARN"}))
g1 = iam.Group.from_group_name(stack, "ImportedGroup1", "MyGroupName1")
g2 = iam.Group.from_group_name(stack, "ImportedGroup2", "division/MyGroupName2")
g3 = iam.Group.from_group_arn(stack, "ImportedGroup3", "arn:aws:iam::123456789012:group/ops/Admins")
g1.add_to_principal_policy(iam.PolicyStatement(actions=["ec2:Describe*"], resources=["*"]))
g1.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("Viewer"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
role.grant_pass_role(g3)
cdk.CfnOutput(stack, "ByArnName", value=by_arn.user_name)
cdk.CfnOutput(stack, "ByTokenName", value=token_user.user_name)
cdk.CfnOutput(stack, "Group1Arn", value=g1.group_arn)
cdk.CfnOutput(stack, "Group2Arn", value=g2.group_arn)
cdk.CfnOutput(stack, "Group3Name", value=g3.group_name)
cdk.CfnOutput(stack, "ImportedUserArn", value=imported.user_arn)

owner = cdk.Stack(app, "Owner", env=cdk.Environment(account="123456789012", region="us-east-1"))
referencer = cdk.Stack(app, "Referencer", env=cdk.Environment(region="us-east-2"))
user = iam.User(owner, "User", path="/sample/path/", user_name="sample-name")
grp = iam.Group(owner, "Group", path="/sample/path/", group_name="sample-name")
cdk.CfnResource(referencer, "Referencer", type="Custom::Referencer",
                properties={"UserArn": user.user_arn, "GroupArn": grp.group_arn,
                            "UserName": user.user_name, "GroupName": grp.group_name})
app.synth()
