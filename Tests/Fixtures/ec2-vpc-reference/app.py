# Reference app for the EC2 VPC layer: the default VPC, each VpcProps member, subnet
# selections, gateway and interface endpoints, flow logs to CloudWatch Logs and S3, and the
# availability zones of agnostic, pinned (context value given) and unresolved (context missing)
# stacks.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_logs as logs, aws_s3 as s3

app = cdk.App(context={
    "availability-zones:account=123456789012:region=eu-west-1": ["eu-west-1a", "eu-west-1b", "eu-west-1c"],
})

# The default VPC of an environment-agnostic stack: 2 AZs, public + private, a NAT gateway per AZ.
default = cdk.Stack(app, "Default")
ec2.Vpc(default, "Vpc")

# Every prop that changes the layout.
props = cdk.Stack(app, "Props")
ec2.Vpc(props, "NoNat", nat_gateways=0)
ec2.Vpc(props, "Custom", ip_addresses=ec2.IpAddresses.cidr("192.168.0.0/20"), max_azs=1,
        enable_dns_hostnames=False, enable_dns_support=False, vpc_name="my-vpc",
        default_instance_tenancy=ec2.DefaultInstanceTenancy.DEDICATED)
ec2.Vpc(props, "Reserved", max_azs=2, reserved_azs=1, subnet_configuration=[
    ec2.SubnetConfiguration(name="Ingress", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24, map_public_ip_on_launch=False),
    ec2.SubnetConfiguration(name="Spare", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24, reserved=True),
    ec2.SubnetConfiguration(name="Rest", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
])
ec2.Vpc(props, "TwoPublic", nat_gateways=1, nat_gateway_subnets=ec2.SubnetSelection(subnet_group_name="Outer"),
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Inner", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=26),
            ec2.SubnetConfiguration(name="Outer", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=26),
            ec2.SubnetConfiguration(name="Work", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=26),
        ])
ec2.Vpc(props, "IsolatedOnly", subnet_configuration=[
    ec2.SubnetConfiguration(name="Db", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
])
ec2.Vpc(props, "Restricted", max_azs=1, nat_gateways=0, restrict_default_security_group=True)
ec2.Vpc(props, "NoIgw", max_azs=1, nat_gateways=0, create_internet_gateway=False)
ec2.Vpc(props, "WithEndpointsAndLogs", max_azs=1,
        gateway_endpoints={"Dynamo": ec2.GatewayVpcEndpointOptions(service=ec2.GatewayVpcEndpointAwsService.DYNAMODB)},
        flow_logs={"Rejects": ec2.FlowLogOptions(traffic_type=ec2.FlowLogTrafficType.REJECT)})

# Endpoints: every service the other constructs need, subnet selections, options.
endpoints = cdk.Stack(app, "Endpoints")
vpc = ec2.Vpc(endpoints, "Vpc", nat_gateways=1)
for name, service in [("Ecr", ec2.InterfaceVpcEndpointAwsService.ECR),
                      ("EcrDocker", ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER),
                      ("Logs", ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS),
                      ("Ssm", ec2.InterfaceVpcEndpointAwsService.SSM),
                      ("Sts", ec2.InterfaceVpcEndpointAwsService.STS),
                      ("Sqs", ec2.InterfaceVpcEndpointAwsService.SQS),
                      ("Sns", ec2.InterfaceVpcEndpointAwsService.SNS),
                      ("Kms", ec2.InterfaceVpcEndpointAwsService.KMS)]:
    vpc.add_interface_endpoint(name, service=service)
vpc.add_interface_endpoint("Closed", service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
                           open=False, private_dns_enabled=False,
                           subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
vpc.add_interface_endpoint("Custom", service=ec2.InterfaceVpcEndpointService("com.amazonaws.vpce.us-east-1.vpce-svc-1234", 8443))
vpc.add_gateway_endpoint("S3Private", service=ec2.GatewayVpcEndpointAwsService.S3,
                         subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)])
vpc.add_flow_log("ToS3", destination=ec2.FlowLogDestination.to_s3())
vpc.add_flow_log("ToS3Prefixed", destination=ec2.FlowLogDestination.to_s3(
    s3.Bucket(endpoints, "LogBucket"), "flows", file_format=ec2.FlowLogFileFormat.PARQUET, hive_compatible_partitions=True, per_hour_partition=True),
    max_aggregation_interval=ec2.FlowLogMaxAggregationInterval.ONE_MINUTE)
group = logs.LogGroup(endpoints, "FlowGroup")
vpc.add_flow_log("ToGroup", destination=ec2.FlowLogDestination.to_cloud_watch_logs(group),
                 traffic_type=ec2.FlowLogTrafficType.ACCEPT)
ec2.FlowLog(endpoints, "SubnetLog", resource_type=ec2.FlowLogResourceType.from_subnet(vpc.private_subnets[0]),
            flow_log_name="subnet-log")

# AZs from the context value, and a subset of them.
pinned = cdk.Stack(app, "Pinned", env=cdk.Environment(account="123456789012", region="eu-west-1"))
pinned_vpc = ec2.Vpc(pinned, "Vpc", nat_gateways=2)
pinned_vpc.add_interface_endpoint("Sqs", service=ec2.InterfaceVpcEndpointAwsService.SQS)
ec2.Vpc(pinned, "Subset", availability_zones=["eu-west-1b", "eu-west-1c"], nat_gateways=1)

# AZs while the context value is missing: the AWS CDK's placeholders.
ec2.Vpc(cdk.Stack(app, "Unresolved", env=cdk.Environment(account="123456789012", region="us-east-2")), "Vpc", max_azs=2)

app.synth()
