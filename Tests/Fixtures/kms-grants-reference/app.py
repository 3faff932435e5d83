# Reference app for the AWS CDK's KeyGrants.actions: grantees in a stack that depends on the key's
# stack (same account and another account), in another account, in another region; a key with a
# policy of the user's; imported keys with and without
# @aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms

app = cdk.App()
home = cdk.Environment(account="111111111111", region="us-east-1")
other_account = cdk.Environment(account="222222222222", region="us-east-1")
other_region = cdk.Environment(account="111111111111", region="eu-west-1")


def role(scope, id, name=None):
    return iam.Role(scope, id, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), role_name=name)


key_stack = cdk.Stack(app, "KeyStack", env=home)
key = kms.Key(key_stack, "Key")

cross_account = cdk.Stack(app, "CrossAccount", env=other_account)
key.grant_encrypt(role(cross_account, "Role", "CrossAccountRole"))

cross_account_dependent = cdk.Stack(app, "CrossAccountDependent", env=other_account)
cross_account_dependent.add_stack_dependency(key_stack)
key.grant_decrypt(role(cross_account_dependent, "Role", "DependentRole"))

cross_region = cdk.Stack(app, "CrossRegion", env=other_region)
key.grant_decrypt(role(cross_region, "Role", "CrossRegionRole"))

same_account_dependent = cdk.Stack(app, "SameAccountDependent", env=home)
same_account_dependent.add_stack_dependency(key_stack)
key.grant_decrypt(role(same_account_dependent, "Role"))

# A key policy of the user's replaces the default one (no account root statement is added).
custom = cdk.Stack(app, "CustomPolicy", env=home)
custom_key = kms.Key(custom, "Key", policy=iam.PolicyDocument(statements=[iam.PolicyStatement(
    actions=["kms:*"], resources=["*"], principals=[iam.ArnPrincipal("arn:aws:iam::111111111111:role/Admin")])]))
custom_key.grant_decrypt(role(custom, "Role"))

imported_arn = "arn:aws:kms:us-east-1:222222222222:key/abc-123"
reduced = cdk.Stack(app, "ImportReduced", env=home)
reduced.node.set_context("@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope", True)
reduced_key = kms.Key.from_key_arn(reduced, "Key", imported_arn)
not_reduced = cdk.Stack(app, "ImportDefault", env=home)
default_key = kms.Key.from_key_arn(not_reduced, "Key", imported_arn)
import_grantees = cdk.Stack(app, "ImportGrantees", env=other_account)
reduced_key.grant_decrypt(role(import_grantees, "Reduced"))
default_key.grant_decrypt(role(import_grantees, "Default"))

app.synth()
