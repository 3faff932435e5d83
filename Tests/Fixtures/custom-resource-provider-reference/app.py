# Reference app for the core's custom-resource provider and the handlers built on it:
# S3 auto-delete objects (two buckets share one provider; one has a bucket policy already)
# and the VPC's default security group restriction, in an environment-agnostic stack and in
# a stack with a region.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_s3 as s3

app = cdk.App()

agnostic = cdk.Stack(app, "AutoDelete")
s3.Bucket(agnostic, "Uploads", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
s3.Bucket(agnostic, "Logs", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True, enforce_ssl=True)

regional = cdk.Stack(app, "Regional", env=cdk.Environment(account="111111111111", region="eu-west-1"))
s3.Bucket(regional, "Data", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)

network = cdk.Stack(app, "Network")
ec2.Vpc(network, "Vpc", restrict_default_security_group=True, subnet_configuration=[], nat_gateways=0)

app.synth()
