# Reference app: Secrets Manager secrets. A generated secret with defaults; a named one from a
# template with a removal policy and an account-root delete denial; one encrypted with a key
# and replicated; secrets from a plain value and from an object; grants (with version stages,
# write, on a key); imports by complete ARN, partial ARN and name; secret values as dynamic
# references; names and ARNs as outputs.
import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as sm, aws_kms as kms, aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Secrets")
plain = sm.Secret(stack, "Plain")
named = sm.Secret(stack, "Named", secret_name="app/db-credentials", description="Database credentials",
    generate_secret_string=sm.SecretStringGenerator(secret_string_template='{"username":"admin"}',
        generate_string_key="password", exclude_characters='"@/\\', password_length=24),
    removal_policy=cdk.RemovalPolicy.RETAIN)
named.deny_account_root_delete()
key = kms.Key(stack, "Key")
encrypted = sm.Secret(stack, "Encrypted", encryption_key=key,
    replica_regions=[sm.ReplicaRegion(region="eu-west-1"), sm.ReplicaRegion(region="eu-central-1", encryption_key=key)])
single = sm.Secret(stack, "Single", secret_name="token")
value = sm.Secret(stack, "Value", secret_string_value=cdk.SecretValue.unsafe_plain_text("hello"))
obj = sm.Secret(stack, "Object", secret_object_value={
    "username": cdk.SecretValue.unsafe_plain_text("admin"), "database": cdk.SecretValue.unsafe_plain_text("app")})
complete = sm.Secret.from_secret_complete_arn(stack, "Complete", "arn:aws:secretsmanager:us-east-1:123456789012:secret:legacy-AbCdEf")
partial = sm.Secret.from_secret_partial_arn(stack, "Partial", "arn:aws:secretsmanager:us-east-1:123456789012:secret:partial")
by_name = sm.Secret.from_secret_name_v2(stack, "ByName", "shared/token")

fn = lambda_.Function(stack, "Reader", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
    environment={"PASSWORD": named.secret_value_from_json("password").unsafe_unwrap(),
                 "TOKEN": by_name.secret_value.unsafe_unwrap()})
plain.grant_read(fn)
named.grant_read(fn, version_stages=["AWSCURRENT"])
encrypted.grant_read(fn)
encrypted.grant_write(fn)
complete.grant_read(fn)
partial.grant_read(fn)
by_name.grant_read(fn)
for id, v in [("PlainName", plain.secret_name), ("PlainArn", plain.secret_arn), ("NamedName", named.secret_name),
              ("CompleteName", complete.secret_name), ("PartialName", partial.secret_name), ("ByNameArn", by_name.secret_arn),
              ("ValueName", value.secret_name), ("SingleName", single.secret_name), ("ObjectArn", obj.secret_arn)]:
    cdk.CfnOutput(stack, id, value=v)
app.synth()
