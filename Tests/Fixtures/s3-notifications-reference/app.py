# Reference app for S3 notification destinations: a function, a queue and a topic.
import aws_cdk as cdk
from aws_cdk import aws_s3 as s3, aws_s3_notifications as s3n, aws_lambda as lambda_, aws_sqs as sqs, aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "Notifications")
bucket = s3.Bucket(stack, "Uploads")
fn = lambda_.Function(stack, "OnUpload", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return None"))
queue = sqs.Queue(stack, "Inbox")
topic = sns.Topic(stack, "Uploaded")
bucket.add_event_notification(s3.EventType.OBJECT_CREATED, s3n.LambdaDestination(fn), s3.NotificationKeyFilter(prefix="images/"))
bucket.add_event_notification(s3.EventType.OBJECT_REMOVED, s3n.SqsDestination(queue))
bucket.add_event_notification(s3.EventType.OBJECT_CREATED_PUT, s3n.SnsDestination(topic), s3.NotificationKeyFilter(suffix=".csv"))
bucket.add_event_notification(s3.EventType.OBJECT_RESTORE_COMPLETED, s3n.LambdaDestination(fn))
app.synth()
