# Reference app: Secrets Manager rotation. A secret rotated by a Lambda function with the
# default schedule; an encrypted one rotated every 7 days, not immediately; a secret with
# hosted PostgreSQL single-user rotation in a VPC; one with hosted MySQL multi-user rotation
# from a master secret, without rules.
import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as sm, aws_kms as kms, aws_lambda as lambda_, aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "Rotation")
rotator = lambda_.Function(stack, "Rotator", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None"))
plain = sm.Secret(stack, "Plain")
plain.add_rotation_schedule("Rotation", rotation_lambda=rotator)
key = kms.Key(stack, "Key")
weekly = sm.Secret(stack, "Weekly", encryption_key=key)
sm.RotationSchedule(stack, "WeeklyRotation", secret=weekly, rotation_lambda=rotator,
    automatically_after=cdk.Duration.days(7), rotate_immediately_on_update=False)
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
db = sm.Secret(stack, "Db", generate_secret_string=sm.SecretStringGenerator(exclude_characters="/@\"", secret_string_template='{"username":"app"}', generate_string_key="password"))
db.add_rotation_schedule("Rotation", hosted_rotation=sm.HostedRotation.postgre_sql_single_user(vpc=vpc, function_name="rotate-db"))
master = sm.Secret(stack, "Master")
users = sm.Secret(stack, "Users")
users.add_rotation_schedule("Rotation", hosted_rotation=sm.HostedRotation.mysql_multi_user(master_secret=master),
    automatically_after=cdk.Duration.days(0))
app.synth()
