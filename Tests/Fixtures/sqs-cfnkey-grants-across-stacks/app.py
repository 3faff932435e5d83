# Reference app for the key grants of a low-level queue encrypted with a low-level key
# (QueueGrants.from_queue(CfnQueue)) in a stack with an environment: a grantee in the same
# stack, one in another account (the queue's ARN is then read with Fn::GetStackOutput, the key
# is granted on "*") and one in a stack of the same account that depends on the key's stack
# (the key policy names that account).
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms, aws_sqs as sqs

app = cdk.App()
home = cdk.Environment(account="111111111111", region="us-east-1")
stack = cdk.Stack(app, "QueueStack", env=home)
key = kms.CfnKey(stack, "Key", key_policy={"Statement": []})
queue = sqs.CfnQueue(stack, "Queue", kms_master_key_id=key.attr_arn)


def role(scope, id, name=None):
    return iam.Role(scope, id, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), role_name=name)


sqs.QueueGrants.from_queue(queue).send_messages(role(stack, "Local"))

other_account = cdk.Stack(app, "OtherAccount", env=cdk.Environment(account="222222222222", region="us-east-1"))
sqs.QueueGrants.from_queue(queue).send_messages(role(other_account, "Remote", "RemoteRole"))

dependent = cdk.Stack(app, "Dependent", env=home)
dependent.add_dependency(stack)
sqs.QueueGrants.from_queue(queue).send_messages(role(dependent, "Later"))
app.synth()
