# Reference app for instance options: associatePublicIpAddress (true in a public subnet, with a
# private IP address and an extra security group; false), and resourceSignalTimeout.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "PublicIp")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
image = ec2.MachineImage.latest_amazon_linux2023()

public = ec2.Instance(stack, "Public", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"), machine_image=image,
                      vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
                      associate_public_ip_address=True, private_ip_address="10.0.0.10")
public.add_security_group(ec2.SecurityGroup(stack, "Extra", vpc=vpc))
ec2.Instance(stack, "NoPublic", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"), machine_image=image,
             vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC), associate_public_ip_address=False)
ec2.Instance(stack, "Signalled", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"), machine_image=image,
             vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
             resource_signal_timeout=cdk.Duration.minutes(15))
app.synth()
