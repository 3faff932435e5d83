# Reference app for the function options of the AWS CDK's function tests not covered elsewhere:
# IPv6 outbound traffic and dual-stack subnets in a VPC, an empty list of security groups, tenant
# isolation, and the storage mode of code from a bucket.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_lambda as lambda_, aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "VpcTenancy")


def props(**kwargs):
    return dict(runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"), **kwargs)


vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
lambda_.Function(stack, "Ipv6Out", vpc=vpc, allow_all_ipv6_outbound=True, **props())
lambda_.Function(stack, "NoGroups", vpc=vpc, security_groups=[], allow_all_outbound=False, **props())
group = ec2.SecurityGroup(stack, "LambdaSG", vpc=vpc, allow_all_outbound=True, allow_all_ipv6_outbound=True)
lambda_.Function(stack, "DualStack", vpc=vpc, ipv6_allowed_for_dual_stack=True, security_groups=[group],
                 vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS), **props())
lambda_.Function(stack, "NotDualStack", vpc=vpc, ipv6_allowed_for_dual_stack=False, **props())
lambda_.Function(stack, "PerTenant", tenancy_config=lambda_.TenancyConfig.PER_TENANT, **props())
bucket = s3.Bucket.from_bucket_name(stack, "Bucket", "bucketname")
lambda_.Function(stack, "Referenced", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_bucket_v2(bucket, "script.zip", object_version="object-version",
                                                  s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE))
lambda_.Function(stack, "Copied", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_bucket_v2(bucket, "copied.zip", object_version="v2",
                                                  s3_object_storage_mode=lambda_.S3ObjectStorageMode.COPY))
app.synth()
