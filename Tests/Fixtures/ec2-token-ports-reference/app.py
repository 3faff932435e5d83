# Reference app: security group rules on ports that are tokens (a Number parameter): a rule
# between two groups, an inline CIDR rule on a range, a UDP rule and a connection's default port.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "Ports")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0,
              subnet_configuration=[ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC)])
port = cdk.CfnParameter(stack, "DbPort", type="Number", default=5432)
a = ec2.SecurityGroup(stack, "A", vpc=vpc)
b = ec2.SecurityGroup(stack, "B", vpc=vpc)
a.connections.allow_from(b, ec2.Port.tcp(port.value_as_number))
a.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp_range(port.value_as_number, 6000))
a.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.udp(port.value_as_number))
db = ec2.Connections(security_groups=[a], default_port=ec2.Port.tcp(port.value_as_number))
db.allow_default_port_from(ec2.Peer.ipv4("10.1.0.0/16"), "clients")
app.synth()
