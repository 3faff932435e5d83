# Reference app for the AWS CDK's BucketPolicy.fromCfnBucketPolicy: an L2 bucket policy made from
# an L1 whose document is literal JSON (read with PolicyDocument.fromJson), for a bucket of the
# app referenced by Ref and for a bucket known by name only. The L2 writes a second
# AWS::S3::BucketPolicy (child @FromCfnBucketPolicy of the L1) with the parsed statements and
# those added later.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "FromCfnBucketPolicy")

cfn_bucket = s3.CfnBucket(stack, "CfnBucket")
by_ref = s3.CfnBucketPolicy(stack, "ByRef", bucket=cfn_bucket.ref, policy_document={
    "Statement": [
        {"Action": "s3:*", "Effect": "Deny", "Principal": {"AWS": "*"}, "Resource": "*"},
    ],
    "Version": "2012-10-17",
})
policy = s3.BucketPolicy.from_cfn_bucket_policy(by_ref)
# A second call returns the same L2 (a second one would clash with its id).
s3.BucketPolicy.from_cfn_bucket_policy(by_ref)
policy.document.add_statements(iam.PolicyStatement(
    actions=["s3:GetObject"], principals=[iam.AccountPrincipal("111122223333")],
    resources=[cfn_bucket.attr_arn + "/*"]))
# The bucket's own policy is now this one.
policy.bucket.add_to_resource_policy(iam.PolicyStatement(
    actions=["s3:ListBucket"], principals=[iam.ServicePrincipal("logging.s3.amazonaws.com")],
    resources=[cfn_bucket.attr_arn]))

by_name = s3.CfnBucketPolicy(stack, "ByName", bucket="hardcoded-name", policy_document={
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowRead",
            "Effect": "Allow",
            "Principal": "*",
            "Action": ["s3:GetObject", "s3:GetObjectVersion"],
            "Resource": ["arn:aws:s3:::hardcoded-name/*", "arn:aws:s3:::hardcoded-name"],
            "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-123"}},
        },
        {
            "Effect": "Deny",
            "NotPrincipal": {"Service": ["cloudtrail.amazonaws.com", "config.amazonaws.com"], "AWS": "arn:aws:iam::111122223333:root"},
            "NotAction": "s3:Get*",
            "NotResource": "arn:aws:s3:::hardcoded-name/public/*",
        },
    ],
})
s3.BucketPolicy.from_cfn_bucket_policy(by_name)

app.synth()
