# Reference app for references across accounts within one region: the producing stack
# publishes each value as a plain output with a role that the consuming stacks' CloudFormation
# execution roles may assume (one principal alone, several as a list, each account once), and
# the consumers read it with Fn::GetStackOutput, without a stack dependency. A producer with a
# stack name of its own, and a consumer in the producer's account that imports as usual.
import aws_cdk as cdk
from aws_cdk import aws_s3 as s3, aws_sns as sns, aws_sqs as sqs

app = cdk.App()
home = cdk.Environment(account="111111111111", region="us-east-1")
producer = cdk.Stack(app, "Producer", env=home)
bucket = s3.CfnBucket(producer, "Bucket")
queue = sqs.CfnQueue(producer, "Queue")
named = cdk.Stack(app, "ProducerTwo", env=home, stack_name="second-producer")
topic = sns.CfnTopic(named, "Topic")

c1 = cdk.Stack(app, "ConsumerOne", env=cdk.Environment(account="222222222222", region="us-east-1"))
cdk.CfnOutput(c1, "BucketArn", value=bucket.attr_arn)
cdk.CfnOutput(c1, "QueueUrl", value=queue.ref)
cdk.CfnOutput(c1, "TopicArn", value=topic.ref)
c2 = cdk.Stack(app, "ConsumerTwo", env=cdk.Environment(account="333333333333", region="us-east-1"))
cdk.CfnOutput(c2, "BucketName", value=bucket.ref)
cdk.CfnOutput(c2, "BucketArn", value=bucket.attr_arn)
c3 = cdk.Stack(app, "ConsumerThree", env=cdk.Environment(account="222222222222", region="us-east-1"), stack_name="third-consumer")
cdk.CfnOutput(c3, "BucketArn", value=bucket.attr_arn)
local = cdk.Stack(app, "SameAccount", env=home)
cdk.CfnOutput(local, "BucketArn", value=bucket.attr_arn)
app.synth()
