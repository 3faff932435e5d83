# Reference app for nested stacks: references parent -> child (parameters) and child ->
# parent (outputs), a nested stack inside a nested stack, parameters and tags.
import aws_cdk as cdk

app = cdk.App()
parent = cdk.Stack(app, "Parent")
topic = cdk.CfnResource(parent, "T", type="AWS::SNS::Topic")
child = cdk.NestedStack(parent, "Child", parameters={"Given": "value"}, timeout=cdk.Duration.minutes(10))
cdk.CfnParameter(child, "Given")
queue = cdk.CfnResource(child, "Q", type="AWS::SQS::Queue", properties={"QueueName": topic.ref})
grandchild = cdk.NestedStack(child, "Grand")
cdk.CfnResource(grandchild, "G", type="AWS::SQS::Queue", properties={"QueueName": cdk.Fn.join("-", [topic.ref, queue.get_att("Arn").to_string()])})
nt = cdk.CfnResource(child, "NT", type="AWS::SNS::Topic")
cdk.CfnOutput(parent, "FromChild", value=nt.ref)
cdk.Tags.of(child).add("layer", "child")
app.synth()
