# Reference app for the KMS high-level constructs: keys, aliases and grants.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "Kms")
plain = kms.Key(stack, "Plain")
rotated = kms.Key(stack, "Rotated", description="Encrypts the data", enable_key_rotation=True,
                  alias="alias/data", pending_window=cdk.Duration.days(10),
                  removal_policy=cdk.RemovalPolicy.DESTROY)
role = iam.Role(stack, "User", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
rotated.grant_encrypt_decrypt(role)
plain.grant_decrypt(role)
plain.grant_encrypt(role)
plain.add_alias("alias/plain")
kms.Alias(stack, "Extra", alias_name="alias/extra", target_key=rotated)
external = iam.AccountPrincipal("222222222222")
rotated.grant_decrypt(external)
cdk.CfnOutput(stack, "KeyArn", value=rotated.key_arn)
cdk.CfnOutput(stack, "KeyId", value=rotated.key_id)
app.synth()
