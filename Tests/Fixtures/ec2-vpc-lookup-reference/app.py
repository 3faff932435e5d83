# Reference app for the missing-context protocol and Vpc.from_lookup: a stack whose lookups
# (a VPC by name, a VPC by every option, the availability zones) have no context value, so the
# manifest lists them as missing and the placeholders stand in; and a stack whose VPC lookup
# has its value in the context (as cdk.context.json would give it), used by a security group,
# endpoints and a Lambda function.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_lambda as lambda_

FOUND_KEY = "vpc-provider:account=123456789012:filter.tag:Name=shared:region=eu-west-1:returnAsymmetricSubnets=true"
FOUND_VPC = {
    "vpcId": "vpc-0a1b2c3d",
    "vpcCidrBlock": "10.10.0.0/16",
    "ownerAccountId": "123456789012",
    "availabilityZones": [],
    "subnetGroups": [
        {"name": "Ingress", "type": "Public", "subnets": [
            {"subnetId": "subnet-pub-b", "cidr": "10.10.1.0/24", "availabilityZone": "eu-west-1b", "routeTableId": "rtb-pub-b"},
            {"subnetId": "subnet-pub-a", "cidr": "10.10.0.0/24", "availabilityZone": "eu-west-1a", "routeTableId": "rtb-pub-a"},
        ]},
        {"name": "App", "type": "Private", "subnets": [
            {"subnetId": "subnet-app-a", "cidr": "10.10.10.0/24", "availabilityZone": "eu-west-1a", "routeTableId": "rtb-app-a"},
            {"subnetId": "subnet-app-b", "cidr": "10.10.11.0/24", "availabilityZone": "eu-west-1b", "routeTableId": "rtb-app-b"},
        ]},
        {"name": "Data", "type": "Isolated", "subnets": [
            {"subnetId": "subnet-data-a", "cidr": "10.10.20.0/24", "availabilityZone": "eu-west-1a", "routeTableId": "rtb-data-a"},
        ]},
    ],
}

app = cdk.App(context={FOUND_KEY: FOUND_VPC})

# Nothing in the context: the lookups are reported missing, the placeholders stand in.
missing = cdk.Stack(app, "Missing", env=cdk.Environment(account="123456789012", region="us-east-1"))
pending = ec2.Vpc.from_lookup(missing, "Shared", vpc_name="shared")
ec2.SecurityGroup(missing, "Group", vpc=pending)
cdk.CfnOutput(missing, "PendingVpcId", value=pending.vpc_id)
cdk.CfnOutput(missing, "PendingSubnets", value=cdk.Fn.join(",", pending.select_subnets().subnet_ids))
cdk.CfnOutput(missing, "PendingZones", value=cdk.Fn.join(",", pending.availability_zones))
ec2.Vpc.from_lookup(missing, "Tagged", tags={"team": "a:b", "env": "prod"}, is_default=False,
                    owner_account_id="210987654321", region="us-west-2", subnet_group_name_tag="Tier",
                    return_vpn_gateways=False)
ec2.Vpc.from_lookup(missing, "Default", is_default=True)
ec2.Vpc(missing, "Own", max_azs=2, nat_gateways=0)

# The VPC's value is in the context.
found = cdk.Stack(app, "Found", env=cdk.Environment(account="123456789012", region="eu-west-1"))
vpc = ec2.Vpc.from_lookup(found, "Shared", vpc_name="shared")
cdk.CfnOutput(found, "VpcId", value=vpc.vpc_id)
cdk.CfnOutput(found, "VpcArn", value=vpc.vpc_arn)
cdk.CfnOutput(found, "VpcCidr", value=vpc.vpc_cidr_block)
cdk.CfnOutput(found, "Zones", value=cdk.Fn.join(",", vpc.availability_zones))
cdk.CfnOutput(found, "DefaultSubnets", value=cdk.Fn.join(",", vpc.select_subnets().subnet_ids))
cdk.CfnOutput(found, "PublicSubnets", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PUBLIC).subnet_ids))
cdk.CfnOutput(found, "DataSubnets", value=cdk.Fn.join(",", vpc.select_subnets(subnet_group_name="Data").subnet_ids))
cdk.CfnOutput(found, "ZoneBSubnets", value=cdk.Fn.join(",", vpc.select_subnets(availability_zones=["eu-west-1b"]).subnet_ids))
group = ec2.SecurityGroup(found, "Group", vpc=vpc, allow_all_outbound=False)
group.add_ingress_rule(ec2.Peer.ipv4(vpc.vpc_cidr_block), ec2.Port.tcp(443))
vpc.add_interface_endpoint("Sqs", service=ec2.InterfaceVpcEndpointAwsService.SQS)
vpc.add_gateway_endpoint("S3", service=ec2.GatewayVpcEndpointAwsService.S3)
lambda_.Function(found, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"), vpc=vpc)

app.synth()
