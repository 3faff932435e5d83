# Reference app for behaviours of the AWS CDK's aws-s3 bucket and rules tests that the other S3
# reference apps leave out: lifecycle rule sizes and tag order, empty tag filters, and grants
# to a role of another account on a bucket with a customer managed key.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms, aws_s3 as s3

app = cdk.App()

# Lifecycle rules: object sizes are numbers, tag filters keep the order they were given in,
# empty transition lists are left out.
lifecycle = cdk.Stack(app, "Lifecycle")
s3.Bucket(lifecycle, "Sizes", lifecycle_rules=[
    s3.LifecycleRule(expiration=cdk.Duration.days(30), object_size_less_than=0, object_size_greater_than=0),
    s3.LifecycleRule(id="big", expiration=cdk.Duration.days(7), object_size_greater_than=1048576, object_size_less_than=5368709120),
])
ordered = s3.Bucket(lifecycle, "TagOrder", lifecycle_rules=[
    s3.LifecycleRule(expiration=cdk.Duration.days(30), tag_filters={"b": "2", "a": "1", "c": "3"}),
])
ordered.add_lifecycle_rule(id="empty-tags", expiration=cdk.Duration.days(1), tag_filters={})
ordered.add_lifecycle_rule(id="retain-only", noncurrent_versions_to_retain=0)
ordered.add_lifecycle_rule(id="no-transitions", transitions=[], noncurrent_version_transitions=[])
s3.Bucket(lifecycle, "EmptyMetricTags", metrics=[s3.BucketMetrics(id="none", tag_filters={})])

# Grants to a role of another account on a bucket encrypted with a key of its own.
stack_a = cdk.Stack(app, "StackA", env=cdk.Environment(account="123456789012"))
key = kms.Key(stack_a, "MyKey")
bucket = s3.Bucket(stack_a, "MyBucket", bucket_name="my-bucket-physical-name", encryption_key=key,
                   encryption=s3.BucketEncryption.KMS)
stack_b = cdk.Stack(app, "StackB", env=cdk.Environment(account="234567890123"))
role = iam.Role(stack_b, "MyRole", assumed_by=iam.AccountPrincipal("234567890123"), role_name="MyRolePhysicalName")
bucket.grant_read(role)
bucket.grant_put(role, "uploads/*")

app.synth()
