"""L1 conformance reference: generated low-level types of several services, with nested
property types, lists, maps, JSON values, tags and attributes.

Tests/GeneratedL1Tests/L1ConformanceTests.swift writes the same app with the generated Swift
types; its template must equal expected/L1Reference.template.json.
Regenerate expected/ with: ../shared/tools/reference-synth Tests/Fixtures/l1-reference
"""
import aws_cdk as cdk
from aws_cdk import (
    aws_dynamodb as dynamodb,
    aws_ec2 as ec2,
    aws_iam as iam,
    aws_lambda as lambda_,
    aws_logs as logs,
    aws_s3 as s3,
    aws_sns as sns,
    aws_sqs as sqs,
)

app = cdk.App()
stack = cdk.Stack(app, "L1Reference")

bucket = s3.CfnBucket(
    stack, "Data",
    bucket_name="l1-reference-data",
    versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"),
    lifecycle_configuration=s3.CfnBucket.LifecycleConfigurationProperty(rules=[
        s3.CfnBucket.RuleProperty(
            id="expire-logs",
            status="Enabled",
            prefix="logs/",
            expiration_in_days=30,
            noncurrent_version_expiration=s3.CfnBucket.NoncurrentVersionExpirationProperty(noncurrent_days=7),
            transitions=[s3.CfnBucket.TransitionProperty(storage_class="GLACIER", transition_in_days=10)],
        ),
        s3.CfnBucket.RuleProperty(
            status="Disabled",
            abort_incomplete_multipart_upload=s3.CfnBucket.AbortIncompleteMultipartUploadProperty(days_after_initiation=1),
        ),
    ]),
    cors_configuration=s3.CfnBucket.CorsConfigurationProperty(cors_rules=[
        s3.CfnBucket.CorsRuleProperty(
            allowed_methods=["GET", "HEAD"],
            allowed_origins=["https://example.com"],
            allowed_headers=["*"],
            max_age=3000,
        ),
    ]),
    bucket_encryption=s3.CfnBucket.BucketEncryptionProperty(server_side_encryption_configuration=[
        s3.CfnBucket.ServerSideEncryptionRuleProperty(
            bucket_key_enabled=True,
            server_side_encryption_by_default=s3.CfnBucket.ServerSideEncryptionByDefaultProperty(sse_algorithm="AES256"),
        ),
    ]),
    public_access_block_configuration=s3.CfnBucket.PublicAccessBlockConfigurationProperty(
        block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True,
    ),
    tags=[cdk.CfnTag(key="team", value="storage"), cdk.CfnTag(key="Cost", value="42")],
)

table = dynamodb.CfnTable(
    stack, "Table",
    key_schema=[
        dynamodb.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH"),
        dynamodb.CfnTable.KeySchemaProperty(attribute_name="sk", key_type="RANGE"),
    ],
    attribute_definitions=[
        dynamodb.CfnTable.AttributeDefinitionProperty(attribute_name="pk", attribute_type="S"),
        dynamodb.CfnTable.AttributeDefinitionProperty(attribute_name="sk", attribute_type="S"),
        dynamodb.CfnTable.AttributeDefinitionProperty(attribute_name="gsi1", attribute_type="N"),
    ],
    billing_mode="PAY_PER_REQUEST",
    global_secondary_indexes=[
        dynamodb.CfnTable.GlobalSecondaryIndexProperty(
            index_name="byGsi1",
            key_schema=[dynamodb.CfnTable.KeySchemaProperty(attribute_name="gsi1", key_type="HASH")],
            projection=dynamodb.CfnTable.ProjectionProperty(projection_type="INCLUDE", non_key_attributes=["a", "b"]),
        ),
    ],
    stream_specification=dynamodb.CfnTable.StreamSpecificationProperty(stream_view_type="NEW_AND_OLD_IMAGES"),
    point_in_time_recovery_specification=dynamodb.CfnTable.PointInTimeRecoverySpecificationProperty(point_in_time_recovery_enabled=True),
    time_to_live_specification=dynamodb.CfnTable.TimeToLiveSpecificationProperty(attribute_name="ttl", enabled=True),
)

role = iam.CfnRole(
    stack, "Role",
    assume_role_policy_document={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
    managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
    policies=[
        iam.CfnRole.PolicyProperty(
            policy_name="table-access",
            policy_document={
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Action": ["dynamodb:GetItem", "dynamodb:PutItem"],
                    "Resource": [table.attr_arn, cdk.Fn.join("", [table.attr_arn, "/index/*"])],
                }],
            },
        ),
    ],
    path="/service/",
)

log_group = logs.CfnLogGroup(
    stack, "Logs",
    log_group_name="/l1/reference",
    retention_in_days=14,
    tags=[cdk.CfnTag(key="team", value="ops")],
)

dlq = sqs.CfnQueue(stack, "DeadLetters", message_retention_period=1209600)
queue = sqs.CfnQueue(
    stack, "Queue",
    visibility_timeout=120,
    redrive_policy={"deadLetterTargetArn": dlq.attr_arn, "maxReceiveCount": 5},
    tags=[cdk.CfnTag(key="team", value="messaging")],
)

topic = sns.CfnTopic(
    stack, "Topic",
    display_name="L1 reference",
    subscription=[
        sns.CfnTopic.SubscriptionProperty(endpoint=queue.attr_arn, protocol="sqs"),
        sns.CfnTopic.SubscriptionProperty(endpoint="ops@example.com", protocol="email"),
    ],
)

function = lambda_.CfnFunction(
    stack, "Handler",
    code=lambda_.CfnFunction.CodeProperty(zip_file="exports.handler = async () => 'ok';"),
    role=role.attr_arn,
    handler="index.handler",
    runtime="nodejs20.x",
    memory_size=256,
    timeout=30,
    environment=lambda_.CfnFunction.EnvironmentProperty(variables={
        "BUCKET": bucket.ref,
        "QUEUE_URL": queue.ref,
        "TABLE": table.ref,
        "TOPIC": topic.ref,
    }),
    logging_config=lambda_.CfnFunction.LoggingConfigProperty(log_group=log_group.ref, log_format="JSON"),
    architectures=["arm64"],
    tags=[cdk.CfnTag(key="team", value="compute")],
)
function.add_dependency(role)

security_group = ec2.CfnSecurityGroup(
    stack, "WebSg",
    group_description="Web traffic",
    vpc_id="vpc-12345678",
    security_group_ingress=[
        ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=443, to_port=443, cidr_ip="0.0.0.0/0", description="HTTPS"),
        ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=80, to_port=80, cidr_ipv6="::/0"),
    ],
    security_group_egress=[
        ec2.CfnSecurityGroup.EgressProperty(ip_protocol="-1", cidr_ip="0.0.0.0/0"),
    ],
    tags=[cdk.CfnTag(key="Name", value="web")],
)

cdk.CfnOutput(stack, "BucketArn", value=bucket.attr_arn)
cdk.CfnOutput(stack, "BucketDomain", value=bucket.attr_regional_domain_name)
cdk.CfnOutput(stack, "TableStream", value=table.attr_stream_arn)
cdk.CfnOutput(stack, "FunctionArn", value=function.attr_arn)
cdk.CfnOutput(stack, "TopicArn", value=topic.attr_topic_arn)
cdk.CfnOutput(stack, "QueueUrl", value=queue.attr_queue_url)
cdk.CfnOutput(stack, "LogGroupArn", value=log_group.attr_arn)
cdk.CfnOutput(stack, "SecurityGroupId", value=security_group.attr_group_id)
cdk.CfnOutput(stack, "RoleId", value=role.attr_role_id)

app.synth()
