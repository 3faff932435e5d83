# Reference app for Lambda destinations of asynchronous invocations: queues, topics, functions
# (the whole record, or only the response through an EventBridge rule), event buses and buckets.
import aws_cdk as cdk
from aws_cdk import (aws_events as events, aws_lambda as lambda_, aws_lambda_destinations as destinations,
                     aws_s3 as s3, aws_sns as sns, aws_sqs as sqs)

app = cdk.App()
stack = cdk.Stack(app, "Destinations")
def function(id, **kwargs):
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                            code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"), **kwargs)
queue = sqs.Queue(stack, "Failures")
topic = sns.Topic(stack, "Successes")
bus = events.EventBus(stack, "Results")
bucket = s3.Bucket(stack, "Records")
receiver = function("Receiver")
function("Worker", on_success=destinations.SnsDestination(topic), on_failure=destinations.SqsDestination(queue),
         retry_attempts=1, max_event_age=cdk.Duration.hours(1))
function("Chained", on_success=destinations.LambdaDestination(receiver),
         on_failure=destinations.EventBridgeDestination())
function("ResponseOnly", on_success=destinations.LambdaDestination(receiver, response_only=True),
         on_failure=destinations.LambdaDestination(receiver, response_only=True))
function("ToBus", on_failure=destinations.EventBridgeDestination(bus), on_success=destinations.S3Destination(bucket))
later = function("Later")
later.configure_async_invoke(on_failure=destinations.SqsDestination(queue))
app.synth()
