# Reference app for file assets: a Lambda function whose code is a local directory (with a
# CRLF text file, a nested folder and a binary file) and a single-file asset.
import os
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_s3_assets as assets

here = os.path.dirname(os.path.abspath(__file__))
app = cdk.App()
stack = cdk.Stack(app, "Assets")
fn = lambda_.CfnFunction(stack, "Fn", role="arn:aws:iam::123456789012:role/r", runtime="python3.12", handler="index.handler",
                         code=lambda_.CfnFunction.CodeProperty(s3_bucket="placeholder", s3_key="placeholder"))
code = assets.Asset(stack, "Code", path=os.path.join(here, "handler"))
config = assets.Asset(stack, "Config", path=os.path.join(here, "config.json"))
fn.add_property_override("Code.S3Bucket", code.s3_bucket_name)
fn.add_property_override("Code.S3Key", code.s3_object_key)
cdk.CfnOutput(stack, "ConfigUrl", value=config.s3_object_url)
cdk.CfnOutput(stack, "CodeHash", value=code.asset_hash)
app.synth()
