# Reference app for EC2 key pairs: a generated one (default name, RSA, PEM), a named ED25519 PPK
# one, an imported one (public key material), the private key's SSM parameter name and ARN,
# a key pair by name, and key pairs on an instance and a launch template.
import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "KeyPairs")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)

generated = ec2.KeyPair(stack, "Generated")
ec2.KeyPair(stack, "Named", key_pair_name="my-key", type=ec2.KeyPairType.ED25519, format=ec2.KeyPairFormat.PPK)
ec2.KeyPair(stack, "Imported", public_key_material="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7jpNzG+YG0s+xIGWbxrxIZiiozHOEuzIJacvASP0mq")
cdk.CfnOutput(stack, "PrivateKeyName", value=generated.private_key.parameter_name)
cdk.CfnOutput(stack, "PrivateKeyArn", value=generated.private_key.parameter_arn)
cdk.CfnOutput(stack, "Fingerprint", value=generated.key_pair_fingerprint)

existing = ec2.KeyPair.from_key_pair_name(stack, "Existing", "existing-key")
ec2.Instance(stack, "Host", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
             machine_image=ec2.MachineImage.latest_amazon_linux2023(), key_pair=generated)
ec2.Instance(stack, "Other", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
             machine_image=ec2.MachineImage.latest_amazon_linux2023(), key_pair=existing)
ec2.LaunchTemplate(stack, "Template", key_pair=generated)
app.synth()
