# Reference app for SSM string list parameters: values joined by commas, the list read back
# as a split, grants, imports by name and the typed list value of a parameter.
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "Lists")
zones = ssm.StringListParameter(stack, "Zones", string_list_value=["a", "b", "c"], parameter_name="/net/zones",
                                description="Zones in use", tier=ssm.ParameterTier.STANDARD, allowed_pattern="[a-z]")
plain = ssm.StringListParameter(stack, "Plain", string_list_value=["x"])
role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
zones.grant_read(role)
plain.grant_write(role)
imported = ssm.StringListParameter.from_string_list_parameter_name(stack, "Imported", "/shared/list")
imported.grant_read(role)
cdk.CfnOutput(stack, "FirstZone", value=cdk.Fn.select(0, zones.string_list_value))
cdk.CfnOutput(stack, "ImportedFirst", value=cdk.Fn.select(0, imported.string_list_value))
cdk.CfnOutput(stack, "Typed", value=cdk.Fn.join(",", ssm.StringListParameter.value_for_typed_list_parameter(stack, "/typed/list")))
app.synth()
