# Reference app for VPCs, subnets and security groups defined outside the app:
# Vpc.from_vpc_attributes (groups named and not, route tables and blocks given and not),
# Subnet.from_subnet_id / from_subnet_attributes, SecurityGroup.from_security_group_id with its
# options, and what uses them: selections, security groups, endpoints, a Lambda function.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Imported")

vpc = ec2.Vpc.from_vpc_attributes(
    stack, "Vpc", vpc_id="vpc-1234", availability_zones=["eu-west-1a", "eu-west-1b"], vpc_cidr_block="10.0.0.0/16",
    public_subnet_ids=["pub-1", "pub-2", "pub-3", "pub-4"], public_subnet_names=["Web", "Edge"],
    public_subnet_route_table_ids=["rtb-p1", "rtb-p2", "rtb-p3", "rtb-p4"],
    private_subnet_ids=["priv-1", "priv-2"], private_subnet_route_table_ids=["rtb-q1", "rtb-q2"],
    private_subnet_ipv4_cidr_blocks=["10.0.1.0/24", "10.0.2.0/24"],
    isolated_subnet_ids=["iso-1", "iso-2"])
cdk.CfnOutput(stack, "VpcArn", value=vpc.vpc_arn)
cdk.CfnOutput(stack, "DefaultSubnets", value=cdk.Fn.join(",", vpc.select_subnets().subnet_ids))
cdk.CfnOutput(stack, "EdgeSubnets", value=cdk.Fn.join(",", vpc.select_subnets(subnet_group_name="Edge").subnet_ids))
cdk.CfnOutput(stack, "IsolatedSubnets", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED).subnet_ids))
cdk.CfnOutput(stack, "OnePerAz", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PUBLIC, one_per_az=True).subnet_ids))
cdk.CfnOutput(stack, "ZoneB", value=cdk.Fn.join(",", vpc.select_subnets(subnet_type=ec2.SubnetType.PUBLIC, availability_zones=["eu-west-1b"]).subnet_ids))
ec2.SecurityGroup(stack, "Group", vpc=vpc)
vpc.add_interface_endpoint("Sts", service=ec2.InterfaceVpcEndpointAwsService.STS)
vpc.add_gateway_endpoint("Dynamo", service=ec2.GatewayVpcEndpointAwsService.DYNAMODB,
                         subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)])

# Subnets by id and by attributes, picked explicitly.
by_id = ec2.Subnet.from_subnet_id(stack, "ById", "subnet-0001")
by_attributes = ec2.Subnet.from_subnet_attributes(stack, "ByAttributes", subnet_id="subnet-0002",
                                                  availability_zone="eu-west-1b", route_table_id="rtb-0002")
cdk.CfnOutput(stack, "ByAttributesZone", value=by_attributes.availability_zone)

# Imported security groups: mutable with egress rules, and immutable.
egress = ec2.SecurityGroup.from_security_group_id(stack, "Egress", "sg-egress", allow_all_outbound=False)
egress.add_egress_rule(ec2.Peer.ipv4("10.1.0.0/16"), ec2.Port.tcp(5432))
egress.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
default_out = ec2.SecurityGroup.from_security_group_id(stack, "DefaultOut", "sg-default")
default_out.add_egress_rule(ec2.Peer.ipv4("10.2.0.0/16"), ec2.Port.tcp(80))
default_out.add_ingress_rule(ec2.Peer.ipv4("10.3.0.0/16"), ec2.Port.tcp(22))
frozen = ec2.SecurityGroup.from_security_group_id(stack, "Frozen", "sg-frozen", mutable=False)
frozen.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(80))

code = lambda_.Code.from_inline("def handler(event, context):\n    return None\n")
lambda_.Function(stack, "InVpc", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code, vpc=vpc,
                 security_groups=[egress])
lambda_.Function(stack, "InSubnets", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code, vpc=vpc,
                 vpc_subnets=ec2.SubnetSelection(subnets=[by_id, by_attributes]))

app.synth()
