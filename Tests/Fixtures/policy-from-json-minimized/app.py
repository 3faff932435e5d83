# Reference app for policy documents read from JSON under @aws-cdk/aws-iam:minimizePolicies:
# a bucket policy made from a CfnBucketPolicy whose literal statements can merge with each
# other and with one added later, and a role's inline policy read with PolicyDocument.from_json.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_s3 as s3

app = cdk.App(context={"@aws-cdk/aws-iam:minimizePolicies": True})
stack = cdk.Stack(app, "MinimizedFromJson")

bucket = s3.CfnBucket(stack, "Bucket")
cfn_policy = s3.CfnBucketPolicy(stack, "Policy", bucket=bucket.ref, policy_document={
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"},
        {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::data/*"},
        {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::data/*"},
    ],
})
policy = s3.BucketPolicy.from_cfn_bucket_policy(cfn_policy)
policy.document.add_statements(iam.PolicyStatement(
    actions=["s3:GetObject"], principals=[iam.AccountPrincipal("444455556666")], resources=["arn:aws:s3:::data/*"]))

document = iam.PolicyDocument.from_json({
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "arn:aws:sqs:us-east-1:111122223333:a"},
        {"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "arn:aws:sqs:us-east-1:111122223333:b"},
        {"Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:a"},
    ],
})
iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), inline_policies={"Queues": document})
app.synth()
