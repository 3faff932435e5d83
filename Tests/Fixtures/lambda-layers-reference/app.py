# Reference app for Lambda layers: a layer version from an S3 object with every option,
# permissions for an account and an organization, an imported layer, and functions using
# layers from their props and from addLayers.
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "Layers")
bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "my-layers")
layer = lambda_.LayerVersion(stack, "Deps",
                             code=lambda_.Code.from_bucket(bucket, "deps.zip", object_version="v1"),
                             compatible_runtimes=[lambda_.Runtime.PYTHON_3_12, lambda_.Runtime.PYTHON_3_13],
                             compatible_architectures=[lambda_.Architecture.X86_64, lambda_.Architecture.ARM_64],
                             description="shared dependencies", license="Apache-2.0",
                             layer_version_name="deps", removal_policy=cdk.RemovalPolicy.RETAIN)
layer.add_permission("Account", account_id="123456789012")
layer.add_permission("Org", account_id="*", organization_id="o-123456")
plain = lambda_.LayerVersion(stack, "Plain", code=lambda_.Code.from_bucket(bucket, "plain.zip", object_version="v2"))
imported = lambda_.LayerVersion.from_layer_version_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:layer:shared:3")
cdk.CfnOutput(stack, "LayerArn", value=layer.layer_version_arn)

fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
                      layers=[layer, imported])
fn.add_layers(plain)
other = lambda_.Function(stack, "Other", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                         code=lambda_.Code.from_inline("exports.handler = async () => ({})"))
other.add_layers(imported, plain)

app.synth()
