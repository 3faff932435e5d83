# Reference app for grants through a KMS alias: the AWS CDK's Alias forwards every grant to
# the key it points to, so the statements name the key's ARN, not the alias's; an SQS queue
# encrypted with the alias's key, granted through the alias, the same.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "AliasGrants", env=cdk.Environment(account="111111111111", region="us-east-1"))
key = kms.Key(stack, "Key")
alias = kms.Alias(stack, "Alias", alias_name="alias/data", target_key=key)
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
alias.grant_decrypt(reader)
writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
alias.grant_encrypt_decrypt(writer)
alias.grant(writer, "kms:DescribeKey")

other = cdk.Stack(app, "OtherAccount", env=cdk.Environment(account="222222222222", region="us-east-1"))
remote = iam.Role(other, "Remote", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), role_name="RemoteRole")
alias.grant_encrypt(remote)
app.synth()
