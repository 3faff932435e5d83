"""The `Custom::S3BucketNotifications` handler (Handlers/s3-bucket-notifications/index.py)
against a local moto server: the calls it makes to S3 are real ones, and its responses go to a
local stand-in for CloudFormation's pre-signed URL.

    python3 -m unittest discover -s Handlers/tests -p 'test_*.py'

Needs boto3 and moto[server] (Scripts/install-test-tools installs both, pinned).
"""
import importlib.util
import io
import json
import os
import socket
import threading
import time
import unittest
import zipfile

import boto3

from local_aws import ACCOUNT, REGION, LambdaContext, MotoServer, ResponseReceiver, apply_environment

HANDLER_PATH = os.path.join(os.path.dirname(__file__), "..", "s3-bucket-notifications", "index.py")
STACK_ID = f"arn:aws:cloudformation:{REGION}:{ACCOUNT}:stack/Notifications/6e7a4f00-0000-4000-8000-000000000001"


def load_handler():
    spec = importlib.util.spec_from_file_location("s3_bucket_notifications_handler", HANDLER_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BucketNotificationsHandlerTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.moto = MotoServer()
        cls.restore_environment = apply_environment(cls.moto.environment())
        cls.receiver = ResponseReceiver()
        cls.handler = load_handler()

    @classmethod
    def tearDownClass(cls):
        cls.receiver.stop()
        cls.restore_environment()
        cls.moto.stop()

    def setUp(self):
        self.moto.reset()
        self.receiver.responses.clear()
        self.s3 = boto3.client("s3", region_name=REGION)
        self.s3.create_bucket(Bucket="uploads")
        self.queue_arn = self.create_queue("inbox")
        self.topic_arn = boto3.client("sns", region_name=REGION).create_topic(Name="uploaded")["TopicArn"]
        self.function_arn = self.create_function("on-upload")

    # MARK: Helpers

    def create_queue(self, name):
        sqs = boto3.client("sqs", region_name=REGION)
        url = sqs.create_queue(QueueName=name)["QueueUrl"]
        return sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]

    def create_function(self, name):
        iam = boto3.client("iam", region_name=REGION)
        role = iam.create_role(RoleName=name + "-role", AssumeRolePolicyDocument=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }))["Role"]["Arn"]
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as zip_file:
            zip_file.writestr("index.py", "def handler(event, context):\n    return None\n")
        return boto3.client("lambda", region_name=REGION).create_function(
            FunctionName=name, Runtime="python3.12", Role=role, Handler="index.handler",
            Code={"ZipFile": archive.getvalue()})["FunctionArn"]

    def event(self, request, configuration, managed=True, old=None, physical_id=None, bucket="uploads"):
        event = {
            "RequestType": request,
            "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:handler",
            "ResponseURL": self.receiver.url + "/response?signature=abc",
            "StackId": STACK_ID,
            "RequestId": "request-" + request,
            "LogicalResourceId": "UploadsNotifications8DBDDF22",
            "ResourceType": "Custom::S3BucketNotifications",
            "ResourceProperties": {
                "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:handler",
                "BucketName": bucket,
                "NotificationConfiguration": configuration,
                "Managed": "true" if managed else "false",
                "SkipDestinationValidation": "false",
            },
        }
        if old is not None:
            event["OldResourceProperties"] = dict(event["ResourceProperties"], NotificationConfiguration=old)
        if physical_id is not None:
            event["PhysicalResourceId"] = physical_id
        return event

    def run_handler(self, event, context=None):
        self.handler.handler(event, context or LambdaContext())
        responses = self.receiver.wait_for(1)
        self.assertEqual(len(responses), 1, "exactly one response is sent to CloudFormation")
        self.receiver.responses.clear()
        return responses[0]["body"]

    def configuration(self):
        current = self.s3.get_bucket_notification_configuration(Bucket="uploads")
        current.pop("ResponseMetadata", None)
        return current

    def queue_config(self, event="s3:ObjectRemoved:*", queue_arn=None):
        return {"Events": [event], "QueueArn": queue_arn or self.queue_arn}

    def all_destinations(self):
        return {
            "LambdaFunctionConfigurations": [{
                "Events": ["s3:ObjectCreated:*"],
                "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "images/"}]}},
                "LambdaFunctionArn": self.function_arn,
            }],
            "QueueConfigurations": [self.queue_config()],
            "TopicConfigurations": [{
                "Events": ["s3:ObjectCreated:Put"],
                "Filter": {"Key": {"FilterRules": [{"Name": "suffix", "Value": ".csv"}]}},
                "TopicArn": self.topic_arn,
            }],
        }

    # MARK: A bucket of the stack (Managed)

    def test_create_puts_queue_topic_and_function_configurations(self):
        response = self.run_handler(self.event("Create", self.all_destinations()))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        self.assertEqual(response["PhysicalResourceId"], "UploadsNotifications8DBDDF22")
        self.assertEqual(response["StackId"], STACK_ID)
        self.assertEqual(response["RequestId"], "request-Create")
        self.assertEqual(response["LogicalResourceId"], "UploadsNotifications8DBDDF22")
        current = self.configuration()
        self.assertEqual([c["LambdaFunctionArn"] for c in current["LambdaFunctionConfigurations"]], [self.function_arn])
        self.assertEqual(current["LambdaFunctionConfigurations"][0]["Events"], ["s3:ObjectCreated:*"])
        rules = current["LambdaFunctionConfigurations"][0]["Filter"]["Key"]["FilterRules"]
        self.assertEqual([(r["Name"].lower(), r["Value"]) for r in rules], [("prefix", "images/")])
        self.assertEqual([c["QueueArn"] for c in current["QueueConfigurations"]], [self.queue_arn])
        self.assertEqual([c["TopicArn"] for c in current["TopicConfigurations"]], [self.topic_arn])

    def test_update_replaces_the_configuration_and_keeps_the_physical_id(self):
        self.run_handler(self.event("Create", self.all_destinations()))
        second_queue = self.create_queue("second")
        new = {"QueueConfigurations": [self.queue_config("s3:ObjectCreated:*", second_queue)]}
        response = self.run_handler(self.event("Update", new, old=self.all_destinations(), physical_id="existing-id"))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        self.assertEqual(response["PhysicalResourceId"], "existing-id")
        current = self.configuration()
        self.assertEqual([c["QueueArn"] for c in current["QueueConfigurations"]], [second_queue])
        self.assertNotIn("TopicConfigurations", current)
        self.assertNotIn("LambdaFunctionConfigurations", current)

    def test_delete_removes_every_configuration(self):
        self.run_handler(self.event("Create", self.all_destinations()))
        response = self.run_handler(self.event("Delete", self.all_destinations(), physical_id="existing-id"))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        self.assertEqual(response["PhysicalResourceId"], "existing-id")
        self.assertEqual(self.configuration(), {})

    def test_eventbridge_configuration_is_put(self):
        # moto 5.2.1 keeps EventBridgeConfiguration but leaves it out of its answers: the test
        # reads what the handler sent instead.
        sent = self.capture_put_parameters()
        wanted = {"EventBridgeConfiguration": {}, "QueueConfigurations": [self.queue_config()]}
        response = self.run_handler(self.event("Create", wanted))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        self.assertEqual(sent[-1]["NotificationConfiguration"], wanted)
        self.assertEqual(len(self.configuration()["QueueConfigurations"]), 1)

    def test_skip_destination_validation_is_passed_to_s3(self):
        sent = self.capture_put_parameters()
        event = self.event("Create", {"QueueConfigurations": [self.queue_config()]})
        event["ResourceProperties"]["SkipDestinationValidation"] = "true"
        self.assertEqual(self.run_handler(event)["Status"], "SUCCESS")
        self.assertIs(sent[-1]["SkipDestinationValidation"], True)

    def capture_put_parameters(self):
        """The parameters of every PutBucketNotificationConfiguration call the handler makes."""
        sent = []
        session = boto3._get_default_session()
        def record(params, **kwargs):
            sent.append(params)
        session.events.register("provide-client-params.s3.PutBucketNotificationConfiguration", record)
        self.addCleanup(session.events.unregister, "provide-client-params.s3.PutBucketNotificationConfiguration", record)
        return sent

    # MARK: An imported bucket (not Managed)

    def put_foreign_configuration(self):
        """A configuration that someone else gave the bucket, outside the stack."""
        foreign_queue = self.create_queue("foreign")
        config = {"QueueConfigurations": [{"Id": "configured-by-hand", "Events": ["s3:ObjectTagging:*"], "QueueArn": foreign_queue}]}
        self.s3.put_bucket_notification_configuration(Bucket="uploads", NotificationConfiguration=config)
        return foreign_queue

    def test_unmanaged_create_keeps_existing_configurations(self):
        foreign_queue = self.put_foreign_configuration()
        response = self.run_handler(self.event("Create", self.all_destinations(), managed=False))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        current = self.configuration()
        queues = {c["Id"]: c["QueueArn"] for c in current["QueueConfigurations"]}
        self.assertEqual(queues.pop("configured-by-hand"), foreign_queue)
        self.assertEqual(list(queues.values()), [self.queue_arn])
        for kind in ("QueueConfigurations", "TopicConfigurations", "LambdaFunctionConfigurations"):
            ours = [c for c in current[kind] if c["Id"] != "configured-by-hand"]
            self.assertEqual(len(ours), 1, kind)
            self.assertTrue(ours[0]["Id"].startswith(STACK_ID + "-"), ours[0]["Id"])

    def test_unmanaged_update_replaces_only_its_own_configurations(self):
        foreign_queue = self.put_foreign_configuration()
        self.run_handler(self.event("Create", self.all_destinations(), managed=False))
        second_queue = self.create_queue("second")
        new = {"QueueConfigurations": [self.queue_config("s3:ObjectCreated:*", second_queue)]}
        response = self.run_handler(self.event("Update", new, managed=False, old=self.all_destinations(), physical_id="p"))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        current = self.configuration()
        self.assertEqual(sorted(c["QueueArn"] for c in current["QueueConfigurations"]), sorted([foreign_queue, second_queue]))
        self.assertNotIn("TopicConfigurations", current)
        self.assertNotIn("LambdaFunctionConfigurations", current)

    def test_unmanaged_update_recognises_configurations_of_an_earlier_handler(self):
        # The AWS CDK's handler gave its configurations the id "<StackId>-<a number>".
        foreign_queue = self.put_foreign_configuration()
        existing = self.configuration()
        existing["QueueConfigurations"].append(dict(self.queue_config(), Id=f"{STACK_ID}-8412337164712"))
        self.s3.put_bucket_notification_configuration(Bucket="uploads", NotificationConfiguration=existing)
        second_queue = self.create_queue("second")
        new = {"QueueConfigurations": [self.queue_config("s3:ObjectCreated:*", second_queue)]}
        old = {"QueueConfigurations": [self.queue_config()]}
        response = self.run_handler(self.event("Update", new, managed=False, old=old, physical_id="p"))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        self.assertEqual(sorted(c["QueueArn"] for c in self.configuration()["QueueConfigurations"]),
                         sorted([foreign_queue, second_queue]))

    def test_unmanaged_delete_keeps_existing_configurations(self):
        foreign_queue = self.put_foreign_configuration()
        self.run_handler(self.event("Create", self.all_destinations(), managed=False))
        response = self.run_handler(self.event("Delete", self.all_destinations(), managed=False, physical_id="p"))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        current = self.configuration()
        self.assertEqual([c["QueueArn"] for c in current["QueueConfigurations"]], [foreign_queue])
        self.assertNotIn("TopicConfigurations", current)
        self.assertNotIn("LambdaFunctionConfigurations", current)

    def test_unmanaged_create_twice_does_not_duplicate(self):
        wanted = {"QueueConfigurations": [self.queue_config()]}
        self.run_handler(self.event("Create", wanted, managed=False))
        response = self.run_handler(self.event("Create", wanted, managed=False))
        self.assertEqual(response["Status"], "SUCCESS", response["Reason"])
        self.assertEqual(len(self.configuration()["QueueConfigurations"]), 1)

    # MARK: Failures are reported, never left hanging

    def test_missing_bucket_is_reported_as_failed(self):
        response = self.run_handler(self.event("Create", self.all_destinations(), bucket="no-such-bucket"))
        self.assertEqual(response["Status"], "FAILED")
        self.assertIn("NoSuchBucket", response["Reason"])
        self.assertIn("See the details in CloudWatch Log Stream: 2024/01/01/[$LATEST]test", response["Reason"])
        self.assertEqual(response["PhysicalResourceId"], "UploadsNotifications8DBDDF22")

    def test_delete_of_a_missing_bucket_succeeds(self):
        for managed in (True, False):
            response = self.run_handler(self.event("Delete", self.all_destinations(), managed=managed, bucket="gone", physical_id="p"))
            self.assertEqual(response["Status"], "SUCCESS", response["Reason"])

    def test_a_long_error_is_cut_to_fit_the_response(self):
        event = self.event("Create", {}, bucket="no-such-bucket-" + "x" * 40)
        event["ResourceProperties"]["NotificationConfiguration"] = {"QueueConfigurations": [{"Events": ["e" * 5000], "QueueArn": "arn"}]}
        response = self.run_handler(event)
        self.assertEqual(response["Status"], "FAILED")
        self.assertLessEqual(len(response["Reason"]), self.handler.MAX_REASON_LENGTH)

    def test_missing_property_is_reported_as_failed(self):
        event = self.event("Create", {})
        del event["ResourceProperties"]["BucketName"]
        response = self.run_handler(event)
        self.assertEqual(response["Status"], "FAILED")
        self.assertIn("BucketName", response["Reason"])

    def test_unreachable_response_url_does_not_raise(self):
        event = self.event("Create", {"QueueConfigurations": [self.queue_config()]})
        event["ResponseURL"] = f"http://127.0.0.1:{self.closed_port()}/response"
        started = time.monotonic()
        self.handler.handler(event, LambdaContext())
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(len(self.configuration()["QueueConfigurations"]), 1)

    def test_a_hanging_s3_call_is_reported_as_failed_before_the_timeout(self):
        # An endpoint that accepts connections and never answers.
        silent = socket.socket()
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        restore = apply_environment({"AWS_ENDPOINT_URL": f"http://127.0.0.1:{silent.getsockname()[1]}"})
        try:
            # 1.5 s left before "Lambda" would stop the function: the report comes 20 s ahead, at once.
            context = LambdaContext(remaining_millis=self.handler.MARGIN_MILLIS + 1500)
            worker = threading.Thread(target=self.handler.handler, args=(self.event("Create", {}), context), daemon=True)
            started = time.monotonic()
            worker.start()
            responses = self.receiver.wait_for(1, timeout=15)
            self.assertEqual(len(responses), 1)
            self.assertLess(time.monotonic() - started, 10)
            self.assertEqual(responses[0]["body"]["Status"], "FAILED")
            self.assertIn("ran out of time", responses[0]["body"]["Reason"])
        finally:
            restore()
            silent.close()

    def closed_port(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return probe.getsockname()[1]


class MergeTests(unittest.TestCase):
    """How the configuration of an imported bucket is merged, on values given directly: moto
    5.2.1 does not give EventBridgeConfiguration back, so these cases cannot go through it."""

    PREFIX = STACK_ID + "-"

    def setUp(self):
        self.handler = load_handler()
        self.foreign = {"Id": "by-hand", "Events": ["s3:ObjectTagging:*"], "QueueArn": "arn:aws:sqs:us-east-1:1:foreign"}
        self.ours = {"Events": ["s3:ObjectCreated:*"], "QueueArn": "arn:aws:sqs:us-east-1:1:ours"}

    def current(self, *queue_configs, eventbridge=True):
        current = {"QueueConfigurations": list(queue_configs)}
        if eventbridge:
            current["EventBridgeConfiguration"] = {}
        return current

    def test_create_keeps_the_buckets_eventbridge_switch(self):
        merged = self.handler.merge(self.current(self.foreign), {"QueueConfigurations": [self.ours]}, {}, "Create", self.PREFIX)
        self.assertEqual(merged["EventBridgeConfiguration"], {})
        self.assertEqual(merged["QueueConfigurations"][0], self.foreign)
        self.assertEqual(merged["QueueConfigurations"][1]["Id"], self.PREFIX + self.handler.digest(self.ours))

    def test_delete_keeps_the_buckets_eventbridge_switch(self):
        ours_on_bucket = dict(self.ours, Id=self.PREFIX + self.handler.digest(self.ours))
        merged = self.handler.merge(self.current(self.foreign, ours_on_bucket), {"QueueConfigurations": [self.ours]}, {}, "Delete", self.PREFIX)
        self.assertEqual(merged, {"TopicConfigurations": [], "QueueConfigurations": [self.foreign],
                                  "LambdaFunctionConfigurations": [], "EventBridgeConfiguration": {}})

    def test_eventbridge_is_turned_on_when_wanted(self):
        merged = self.handler.merge(self.current(eventbridge=False), {"EventBridgeConfiguration": {}}, {}, "Update", self.PREFIX)
        self.assertEqual(merged["EventBridgeConfiguration"], {})
        merged = self.handler.merge(self.current(eventbridge=False), {}, {}, "Update", self.PREFIX)
        self.assertNotIn("EventBridgeConfiguration", merged)

    def test_a_configuration_with_the_same_content_but_another_id_is_not_ours(self):
        lookalike = dict(self.ours, Id="someone-else")
        merged = self.handler.merge(self.current(lookalike), {"QueueConfigurations": [self.ours]}, {}, "Delete", self.PREFIX)
        self.assertEqual(merged["QueueConfigurations"], [lookalike])

    def test_digest_ignores_id_filter_rule_case_and_order(self):
        handler = self.handler
        sent = {"Events": ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"], "QueueArn": "arn:q",
                "Filter": {"Key": {"FilterRules": [{"Name": "suffix", "Value": ".csv"}, {"Name": "prefix", "Value": "in/"}]}}}
        returned = {"Id": "x", "Events": ["s3:ObjectRemoved:*", "s3:ObjectCreated:*"], "QueueArn": "arn:q",
                    "Filter": {"Key": {"FilterRules": [{"Name": "Prefix", "Value": "in/"}, {"Name": "Suffix", "Value": ".csv"}]}}}
        self.assertEqual(handler.digest(sent), handler.digest(returned))
        self.assertNotEqual(handler.digest(sent), handler.digest(dict(sent, QueueArn="arn:other")))
        self.assertRegex(handler.digest(sent), "^[0-9a-f]{16}$")


if __name__ == "__main__":
    unittest.main()
