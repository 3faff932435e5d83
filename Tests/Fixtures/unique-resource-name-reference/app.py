# Reference app for Names.uniqueResourceName: the names the AWS CDK makes for constructs at
# several depths, with and without a separator and a maximum length, written as properties of
# one resource so that the template holds them.
import aws_cdk as cdk
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "NamesStack")
shallow = Construct(stack, "Shallow")
deep = Construct(Construct(Construct(stack, "Outer-Part"), "Default"), "Inner_Part")
resource = Construct(deep, "Resource")
repeated = Construct(Construct(stack, "BucketPolicy"), "Policy")
long_id = Construct(stack, "A" * 80 + "Z" * 80)
names = {
    "Stack": cdk.Names.unique_resource_name(stack),
    "Shallow": cdk.Names.unique_resource_name(shallow),
    "ShallowDash": cdk.Names.unique_resource_name(shallow, separator="-"),
    "Deep": cdk.Names.unique_resource_name(deep),
    "DeepDash": cdk.Names.unique_resource_name(deep, separator="-"),
    "Resource": cdk.Names.unique_resource_name(resource),
    "Repeated": cdk.Names.unique_resource_name(repeated),
    "Long": cdk.Names.unique_resource_name(long_id),
    "LongMax40": cdk.Names.unique_resource_name(long_id, max_length=40),
    "DeepMax12Dash": cdk.Names.unique_resource_name(deep, max_length=12, separator="-"),
}
cdk.CfnResource(stack, "Names", type="Custom::Names", properties=names)
app.synth()
