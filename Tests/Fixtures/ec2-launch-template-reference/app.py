# Reference app for EC2 launch templates: empty, every supported member (name, instance type,
# machine image and its user data, role and instance profile, security group, IMDSv2, block
# devices), connections and grants.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Templates")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)

ec2.LaunchTemplate(stack, "Empty")

group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
user_data = ec2.UserData.for_linux()
user_data.add_commands("echo hello")
full = ec2.LaunchTemplate(stack, "Full", launch_template_name="my-template",
                          instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
                          machine_image=ec2.MachineImage.latest_amazon_linux2023(),
                          user_data=user_data, role=role, security_group=group, require_imdsv2=True,
                          block_devices=[
                              ec2.BlockDevice(device_name="/dev/xvda",
                                              volume=ec2.BlockDeviceVolume.ebs(20, volume_type=ec2.EbsDeviceVolumeType.GP3)),
                          ])
full.connections.allow_from(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(443), "https")
role.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))

# The user data of the image (feature flag @aws-cdk/aws-ec2:launchTemplateDefaultUserData).
ec2.LaunchTemplate(stack, "ImageOnly", machine_image=ec2.MachineImage.latest_amazon_linux2())
app.synth()
