# Reference app for EC2 instances: the defaults (security group, role, instance profile, user
# data of the image), each InstanceProps member, machine images (Amazon Linux 2023 and 2 from
# SSM, a custom SSM parameter, a generic Linux map with and without a region), user data for
# Linux, Windows and custom, the logical id that hashes the user data, IMDSv2, grants and
# connections.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_iam as iam

app = cdk.App()

stack = cdk.Stack(app, "Instances")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)

# The defaults.
default = ec2.Instance(stack, "Default", vpc=vpc,
                       instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
                       machine_image=ec2.MachineImage.latest_amazon_linux2023())
default.connections.allow_from_any_ipv4(ec2.Port.tcp(22), "ssh")
default.add_user_data("yum update -y")

# Every member.
group = ec2.SecurityGroup(stack, "Group", vpc=vpc, allow_all_outbound=False)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
user_data = ec2.UserData.for_linux(shebang="#!/bin/sh")
user_data.add_commands("echo one", "echo two")
user_data.add_on_exit_commands("echo done")
custom = ec2.Instance(stack, "Custom", vpc=vpc,
                      vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
                      instance_type=ec2.InstanceType("m5.large"),
                      machine_image=ec2.MachineImage.latest_amazon_linux2(),
                      security_group=group, role=role, user_data=user_data,
                      key_name="my-key", private_ip_address="10.0.0.10", source_dest_check=False,
                      instance_name="custom-instance", require_imdsv2=True,
                      block_devices=[
                          ec2.BlockDevice(device_name="/dev/xvda",
                                          volume=ec2.BlockDeviceVolume.ebs(30, volume_type=ec2.EbsDeviceVolumeType.GP3,
                                                                           encrypted=True, delete_on_termination=True)),
                      ])
custom.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
custom.connections.allow_to(default, ec2.Port.tcp(8080), "to default")

# Replacement on user data change, a custom SSM parameter with Windows user data.
replaced_data = ec2.UserData.custom("#!/bin/bash\necho custom")
ec2.Instance(stack, "Replaced", vpc=vpc, instance_type=ec2.InstanceType.of(ec2.InstanceClass.C5, ec2.InstanceSize.XLARGE2),
             machine_image=ec2.MachineImage.from_ssm_parameter("/my/windows/ami", os=ec2.OperatingSystemType.WINDOWS),
             user_data=replaced_data, user_data_causes_replacement=True)
replaced_linux = ec2.Instance(stack, "ReplacedLinux", vpc=vpc,
                              instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE4_GRAVITON, ec2.InstanceSize.NANO),
                              machine_image=ec2.MachineImage.latest_amazon_linux2023(cpu_type=ec2.AmazonLinuxCpuType.ARM_64),
                              user_data_causes_replacement=True, allow_all_outbound=False)
replaced_linux.add_user_data("echo arm")

# A generic Linux image in an environment-agnostic stack: a mapping by region.
ec2.Instance(stack, "Generic", vpc=vpc, instance_type=ec2.InstanceType("t3.nano"),
             machine_image=ec2.MachineImage.generic_linux({"eu-west-1": "ami-11111111", "us-east-1": "ami-22222222"}))

windows = ec2.UserData.for_windows(persist=True)
windows.add_commands("Write-Host hello")
windows.add_on_exit_commands("Write-Host bye")
ec2.Instance(stack, "Windows", vpc=vpc, instance_type=ec2.InstanceType("t3.large"),
             machine_image=ec2.MachineImage.from_ssm_parameter("/my/windows/ami", os=ec2.OperatingSystemType.WINDOWS,
                                                               user_data=windows))

# With a region, a generic Linux image is the literal id.
pinned = cdk.Stack(app, "Pinned", env=cdk.Environment(account="123456789012", region="eu-west-1"))
pinned_vpc = ec2.Vpc(pinned, "Vpc", max_azs=1, nat_gateways=0)
ec2.Instance(pinned, "Generic", vpc=pinned_vpc, instance_type=ec2.InstanceType("t3.nano"),
             vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
             machine_image=ec2.MachineImage.generic_linux({"eu-west-1": "ami-11111111", "us-east-1": "ami-22222222"}))
app.synth()
