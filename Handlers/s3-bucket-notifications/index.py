# swift-cdk's handler for `Custom::S3BucketNotifications`: sets the notification configuration
# of one S3 bucket (Python 3.13 on AWS Lambda; boto3 comes with the runtime).
#
# Resource properties (CloudFormation passes every scalar as a string):
#   BucketName                 the bucket.
#   NotificationConfiguration  the queue, topic, function and EventBridge configurations of the
#                              bucket that this resource manages.
#   Managed                    "true" when the bucket belongs to the stack: the resource then owns
#                              the whole configuration. "false" for an imported bucket: the
#                              configurations that others added to it are kept, and the ones this
#                              resource adds carry the id "<StackId>-<digest of their content>".
#   SkipDestinationValidation  "true" to let S3 skip checking that the destinations exist.
#
# The outcome is always reported to CloudFormation on the pre-signed ResponseURL: on success,
# on any failure, and, if the work hangs, shortly before Lambda stops the function. A Delete
# of a bucket that no longer exists succeeds: it has no notifications left to remove.
#
# Lines that start with "#" are left out of the template (the function's code is inline).
import hashlib
import json
import threading
import urllib.request

import boto3
from botocore.config import Config

KINDS = ("TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations")
EVENTBRIDGE = "EventBridgeConfiguration"
# Bounded S3 calls, so that a failure is reported before the function's timeout.
S3_CONFIG = Config(connect_timeout=10, read_timeout=60, retries={"max_attempts": 3, "mode": "standard"})
RESPONSE_TIMEOUT_SECONDS = 15
# The time kept to report a failure when the work takes too long.
MARGIN_MILLIS = 20000
# CloudFormation refuses responses over 4096 bytes: the reason is cut well below that.
MAX_REASON_LENGTH = 1500


def handler(event, context):
    report = Report(event, context)
    report.fail_before_timeout()
    try:
        apply(event)
        report.send("SUCCESS")
    except Exception as error:
        print(f"Could not set the bucket's notification configuration: {error!r}")
        report.send("FAILED", f"Error: {error}. ")
    finally:
        report.cancel_deadline()


def apply(event):
    props = event["ResourceProperties"]
    bucket = props["BucketName"]
    request = event["RequestType"]
    wanted = props.get("NotificationConfiguration") or {}
    s3 = boto3.client("s3", config=S3_CONFIG)
    try:
        if is_true(props.get("Managed", "true")):
            config = {} if request == "Delete" else wanted
        else:
            current = s3.get_bucket_notification_configuration(Bucket=bucket)
            old = (event.get("OldResourceProperties") or {}).get("NotificationConfiguration") or {}
            config = merge(current, wanted, old, request, event["StackId"] + "-")
        s3.put_bucket_notification_configuration(
            Bucket=bucket, NotificationConfiguration=config,
            SkipDestinationValidation=is_true(props.get("SkipDestinationValidation", "false")))
    except s3.exceptions.NoSuchBucket:
        if request != "Delete":
            raise
        print(f"Bucket {bucket} does not exist: no notifications to remove")


# The configuration of an imported bucket: what others configured, plus this resource's
# configurations (none on Delete). A configuration of the bucket is this resource's when its id
# has the stack's prefix and its content is one this resource was asked for, now or before the
# update: so configurations written by an earlier version of the handler are recognised too.
def merge(current, wanted, old, request, prefix):
    ours = {digest(c) for kind in KINDS for c in wanted.get(kind, []) + old.get(kind, [])}
    result = {}
    for kind in KINDS:
        kept = [c for c in current.get(kind, [])
                if not (str(c.get("Id", "")).startswith(prefix) and digest(c) in ours)]
        added = [] if request == "Delete" else [dict(c, Id=prefix + digest(c)) for c in wanted.get(kind, [])]
        result[kind] = kept + added
    # The EventBridge switch is the bucket's own: kept unless this resource turns it on.
    if request != "Delete" and EVENTBRIDGE in wanted:
        result[EVENTBRIDGE] = wanted[EVENTBRIDGE]
    elif EVENTBRIDGE in current:
        result[EVENTBRIDGE] = current[EVENTBRIDGE]
    return result


# The content of a configuration, without its id, in the form S3 gives it back (S3 capitalizes
# filter rule names and may reorder rules and events): 16 hex digits of its SHA-256.
def digest(config):
    content = {k: v for k, v in config.items() if k != "Id"}
    if isinstance(content.get("Events"), list):
        content["Events"] = sorted(content["Events"])
    rules = content.get("Filter", {}).get("Key", {}).get("FilterRules")
    if isinstance(rules, list):
        rules = sorted(({"Name": str(r.get("Name", "")).lower(), "Value": r.get("Value")} for r in rules),
                       key=lambda r: r["Name"])
        content["Filter"] = {"Key": {"FilterRules": rules}}
    text = json.dumps(content, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def is_true(value):
    return str(value).lower() == "true"


# Sends the outcome to CloudFormation once, whichever comes first: the work's end or the deadline.
class Report:
    def __init__(self, event, context):
        self.event = event
        self.context = context
        self.lock = threading.Lock()
        self.sent = False
        self.timer = None

    def fail_before_timeout(self):
        remaining = getattr(self.context, "get_remaining_time_in_millis", None)
        if remaining is None:
            return
        seconds = max(0.0, (remaining() - MARGIN_MILLIS) / 1000.0)
        self.timer = threading.Timer(seconds, self.send, ("FAILED", "The handler ran out of time. "))
        self.timer.daemon = True
        self.timer.start()

    def cancel_deadline(self):
        if self.timer is not None:
            self.timer.cancel()

    def send(self, status, reason=""):
        with self.lock:
            if self.sent:
                return
            self.sent = True
        event = self.event
        stream = getattr(self.context, "log_stream_name", "unknown")
        body = json.dumps({
            "Status": status,
            "Reason": f"{reason}See the details in CloudWatch Log Stream: {stream}"[:MAX_REASON_LENGTH],
            "PhysicalResourceId": event.get("PhysicalResourceId") or event.get("LogicalResourceId"),
            "StackId": event.get("StackId"),
            "RequestId": event.get("RequestId"),
            "LogicalResourceId": event.get("LogicalResourceId"),
            "NoEcho": False,
        }).encode("utf-8")
        try:
            request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                             headers={"content-type": "", "content-length": str(len(body))})
            with urllib.request.urlopen(request, timeout=RESPONSE_TIMEOUT_SECONDS) as response:
                print(f"Reported {status} to CloudFormation: HTTP {response.status}")
        except Exception as error:
            print(f"Could not report {status} to CloudFormation: {error!r}")
