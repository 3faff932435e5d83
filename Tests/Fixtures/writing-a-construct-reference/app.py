# Reference app for docs/writing-a-construct.md: constructs of one's own (Storage, Ingest) that
# compose high-level constructs, used in two stacks with props that differ per environment.
import aws_cdk as cdk
from aws_cdk import (aws_dynamodb as dynamodb, aws_lambda as lambda_, aws_lambda_event_sources as sources,
                     aws_s3 as s3, aws_sqs as sqs)
from constructs import Construct


class Storage(Construct):
    def __init__(self, scope, id, *, versioned):
        super().__init__(scope, id)
        self.bucket = s3.Bucket(self, "Data", versioned=versioned, enforce_ssl=True)
        self.table = dynamodb.Table(self, "Index",
                                    partition_key=dynamodb.Attribute(name="key", type=dynamodb.AttributeType.STRING),
                                    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST)


class Ingest(Construct):
    def __init__(self, scope, id, *, storage, memory_size, timeout):
        super().__init__(scope, id)
        self.queue = sqs.Queue(self, "Jobs", visibility_timeout=cdk.Duration.seconds(60))
        self.handler = lambda_.Function(
            self, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
            code=lambda_.Code.from_inline("def handler(event, context):\n    return {}"),
            memory_size=memory_size, timeout=timeout,
            environment={"TABLE": storage.table.table_name, "BUCKET": storage.bucket.bucket_name})
        self.handler.add_event_source(sources.SqsEventSource(self.queue, batch_size=5))
        storage.bucket.grant_read(self.handler)
        storage.table.grant_read_write_data(self.handler)


app = cdk.App()
for name, memory in [("Dev", 256), ("Prod", 1024)]:
    stack = cdk.Stack(app, name)
    storage = Storage(stack, "Storage", versioned=name == "Prod")
    ingest = Ingest(stack, "Ingest", storage=storage, memory_size=memory, timeout=cdk.Duration.seconds(30))
    cdk.CfnOutput(stack, "QueueUrl", value=ingest.queue.queue_url)
app.synth()
