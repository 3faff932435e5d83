# Reference app for security groups, peers, ports and connections (inline and separate rules,
# both directions, across two stacks), imports (VPC attributes, subnets, security groups) and
# Lambda functions in a VPC.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_lambda as lambda_

app = cdk.App()
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}")

rules = cdk.Stack(app, "Rules")
vpc = ec2.Vpc(rules, "Vpc", max_azs=2, nat_gateways=1)
open_sg = ec2.SecurityGroup(rules, "Open", vpc=vpc)
open_sg.add_ingress_rule(ec2.Peer.ipv4("10.1.0.0/16"), ec2.Port.tcp_range(8000, 8100))
open_sg.add_ingress_rule(ec2.Peer.ipv6("2001:db8::/32"), ec2.Port.udp(53), "dns over v6")
open_sg.add_ingress_rule(ec2.Peer.any_ipv6(), ec2.Port.all_icmp_v6())
open_sg.add_ingress_rule(ec2.Peer.prefix_list("pl-12345678"), ec2.Port.HTTPS)
open_sg.add_ingress_rule(ec2.Peer.security_group_id("sg-0123456789abcdef0", "111122223333"), ec2.Port.all_tcp())
open_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.icmp_ping())
open_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.icmp_ping(), "duplicate")
open_sg.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(25))

closed = ec2.SecurityGroup(rules, "Closed", vpc=vpc, allow_all_outbound=False, allow_all_ipv6_outbound=True,
                           security_group_name="closed-group")
closed.add_egress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.udp_range(1000, 2000))
closed.add_egress_rule(ec2.Peer.any_ipv6(), ec2.Port.tcp(443))
closed.connections.allow_to(open_sg, ec2.Port.tcp(5432), "to the database")
open_sg.connections.allow_internally(ec2.Port.tcp(7000))

untouched = ec2.SecurityGroup(rules, "Untouched", vpc=vpc, allow_all_outbound=False)

separate = ec2.SecurityGroup(rules, "Separate", vpc=vpc, disable_inline_rules=True)
separate.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(80))
separate_closed = ec2.SecurityGroup(rules, "SeparateClosed", vpc=vpc, disable_inline_rules=True, allow_all_outbound=False)
separate_closed.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
separate_untouched = ec2.SecurityGroup(rules, "SeparateUntouched", vpc=vpc, disable_inline_rules=True, allow_all_outbound=False)

imported = ec2.SecurityGroup.from_security_group_id(rules, "Imported", "sg-0aaaaaaaaaaaaaaaa")
imported.connections.allow_from(open_sg, ec2.Port.tcp(22))
imported_closed = ec2.SecurityGroup.from_security_group_id(rules, "ImportedClosed", "sg-0bbbbbbbbbbbbbbbb", allow_all_outbound=False)
imported_closed.connections.allow_to(open_sg, ec2.Port.tcp(23))
immutable = ec2.SecurityGroup.from_security_group_id(rules, "Immutable", "sg-0cccccccccccccccc", mutable=False)
immutable.connections.allow_from(closed, ec2.Port.tcp(24))

endpoint = vpc.add_interface_endpoint("Sqs", service=ec2.InterfaceVpcEndpointAwsService.SQS, open=False)
endpoint.connections.allow_default_port_from(open_sg, "from open")
endpoint.connections.allow_default_port_from_any_ipv4("from anywhere")

# Functions in the VPC: the default group, a closed one, a public subnet, and connections.
fn = lambda_.Function(rules, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code, vpc=vpc)
fn.connections.allow_to(open_sg, ec2.Port.tcp(6379), "to redis")
lambda_.Function(rules, "ClosedFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code,
                 vpc=vpc, allow_all_outbound=False)
lambda_.Function(rules, "PublicFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code,
                 vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC), allow_public_subnet=True)

# Across stacks: the rules go where no cycle arises.
other = cdk.Stack(app, "Other")
remote = ec2.SecurityGroup(other, "Remote", vpc=vpc, allow_all_outbound=False)
remote.connections.allow_from(open_sg, ec2.Port.tcp(9000))
remote.connections.allow_to(closed, ec2.Port.tcp(9001))

# Imports.
imports = cdk.Stack(app, "Imports")
imported_vpc = ec2.Vpc.from_vpc_attributes(imports, "Vpc", vpc_id="vpc-1234", vpc_cidr_block="10.0.0.0/16",
                                           availability_zones=["us-east-1a", "us-east-1b"],
                                           public_subnet_ids=["subnet-p1", "subnet-p2"],
                                           public_subnet_route_table_ids=["rtb-p1", "rtb-p2"],
                                           private_subnet_ids=["subnet-a1", "subnet-a2", "subnet-b1", "subnet-b2"],
                                           private_subnet_names=["Alpha", "Beta"],
                                           private_subnet_route_table_ids=["rtb-a1", "rtb-a2", "rtb-b1", "rtb-b2"])
imported_vpc.add_gateway_endpoint("S3", service=ec2.GatewayVpcEndpointAwsService.S3)
imported_vpc.add_interface_endpoint("Sts", service=ec2.InterfaceVpcEndpointAwsService.STS,
                                    subnets=ec2.SubnetSelection(subnet_group_name="Beta"))
group = ec2.SecurityGroup(imports, "Group", vpc=imported_vpc, description="in an imported vpc")
lambda_.Function(imports, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code,
                 vpc=imported_vpc, vpc_subnets=ec2.SubnetSelection(subnet_group_name="Alpha", availability_zones=["us-east-1b"]),
                 security_groups=[group])
lambda_.Function(imports, "BySubnet", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code,
                 vpc=imported_vpc, vpc_subnets=ec2.SubnetSelection(subnets=[ec2.Subnet.from_subnet_id(imports, "Picked", "subnet-x1")]),
                 security_groups=[ec2.SecurityGroup.from_security_group_id(imports, "Existing", "sg-0dddddddddddddddd")])
app.synth()
