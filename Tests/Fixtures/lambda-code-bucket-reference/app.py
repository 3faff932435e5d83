# Reference app for Lambda code in an S3 bucket: Code.from_bucket with a bucket of the stack and
# a version, with an imported bucket and no version (a warning), and Code.from_bucket_v2 with a
# version and a KMS key.
import aws_cdk as cdk
from aws_cdk import aws_kms as kms, aws_lambda as lambda_, aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "CodeFromBucket")
bucket = s3.Bucket(stack, "Artifacts")
lambda_.Function(stack, "Versioned", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_bucket(bucket, "functions/versioned.zip", "v1"))
imported = s3.Bucket.from_bucket_name(stack, "Shared", "shared-artifacts")
lambda_.Function(stack, "Latest", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_bucket(imported, "functions/latest.zip"))
key = kms.Key(stack, "CodeKey")
lambda_.Function(stack, "Encrypted", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_bucket_v2(bucket, "functions/encrypted.zip",
                                                  object_version="v2", source_kms_key=key))
app.synth()
