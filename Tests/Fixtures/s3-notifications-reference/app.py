# Reference app for S3 notification destinations: a function, a queue and a topic.
import aws_cdk as cdk
from aws_cdk import aws_kms as kms, aws_s3 as s3, aws_s3_notifications as s3n, aws_lambda as lambda_, aws_sqs as sqs, aws_sns as sns

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

# Encrypted topics with the flag that lets S3 use their key (and warns for an imported key).
encrypted = cdk.Stack(app, "EncryptedTopics")
encrypted.node.set_context("@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions", True)
watched = s3.Bucket(encrypted, "Watched")
own_key = sns.Topic(encrypted, "OwnKey", master_key=kms.Key(encrypted, "TopicKey"))
imported_key = sns.Topic(encrypted, "ImportedKey", master_key=kms.Key.from_key_arn(
    encrypted, "Imported", "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"))
watched.add_object_created_notification(s3n.SnsDestination(own_key))
watched.add_object_removed_notification(s3n.SnsDestination(imported_key))
app.synth()
