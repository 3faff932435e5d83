# Reference app for the S3 high-level constructs: bucket props, grants, imports and notifications.
import jsii
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_kms as kms, aws_s3 as s3


@jsii.implements(s3.IBucketNotificationDestination)
class QueueArnDestination:
    """A destination known only by ARN, so that the template holds the bucket side only."""
    def __init__(self, arn):
        self.arn = arn

    def bind(self, scope, bucket):
        return s3.BucketNotificationDestinationConfig(arn=self.arn, type=s3.BucketNotificationDestinationType.QUEUE)


app = cdk.App()

# Props: one bucket per group of props.
props = cdk.Stack(app, "Props")
s3.Bucket(props, "Plain")
logs = s3.Bucket(props, "AccessLogs", object_ownership=s3.ObjectOwnership.BUCKET_OWNER_PREFERRED)
full = s3.Bucket(
    props, "Full",
    bucket_name="my-full-bucket-1",
    versioned=True,
    encryption=s3.BucketEncryption.S3_MANAGED,
    bucket_key_enabled=True,
    block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
    enforce_ssl=True,
    minimum_tls_version=1.2,
    object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    server_access_logs_bucket=logs,
    server_access_logs_prefix="full/",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    lifecycle_rules=[
        s3.LifecycleRule(id="archive", prefix="logs/", expiration=cdk.Duration.days(365),
                         transitions=[s3.Transition(storage_class=s3.StorageClass.INFREQUENT_ACCESS, transition_after=cdk.Duration.days(30)),
                                      s3.Transition(storage_class=s3.StorageClass.GLACIER, transition_after=cdk.Duration.days(90))],
                         tag_filters={"class": "log"}),
        s3.LifecycleRule(abort_incomplete_multipart_upload_after=cdk.Duration.days(7), enabled=False,
                         noncurrent_version_expiration=cdk.Duration.days(60),
                         noncurrent_version_transitions=[s3.NoncurrentVersionTransition(storage_class=s3.StorageClass.GLACIER, transition_after=cdk.Duration.days(30))]),
    ],
    cors=[s3.CorsRule(allowed_methods=[s3.HttpMethods.GET, s3.HttpMethods.PUT], allowed_origins=["https://example.com"],
                      allowed_headers=["*"], exposed_headers=["ETag"], max_age=3000, id="web")],
)
site = s3.Bucket(props, "Site", website_index_document="index.html", website_error_document="error.html",
                 public_read_access=True, block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY)
s3.Bucket(props, "KmsManaged", encryption=s3.BucketEncryption.KMS_MANAGED, event_bridge_enabled=True)
s3.Bucket(props, "Acls", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS, versioned=False)
for name, value in [("Arn", full.bucket_arn), ("Name", full.bucket_name), ("Domain", full.bucket_domain_name),
                    ("Regional", full.bucket_regional_domain_name), ("Website", site.bucket_website_url),
                    ("Objects", full.arn_for_objects("data/*")), ("Url", full.url_for_object("a/b.txt")),
                    ("S3Url", full.s3_url_for_object("a/b.txt")), ("BucketUrl", full.url_for_object())]:
    cdk.CfnOutput(props, name, value=value)

# Grants on an S3-managed and on KMS-encrypted buckets, resource policies and imports.
grants = cdk.Stack(app, "Grants")
role = iam.Role(grants, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
data = s3.Bucket(grants, "Data")
data.grant_read(role)
data.grant_read(role)
data.grant_write(role, "uploads/*")
data.grant_put(role)
data.grant_delete(role, "tmp/*")
data.grant_read(iam.AccountPrincipal("222222222222"))
data.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=[data.arn_for_objects("public/*")],
                                                principals=[iam.ServicePrincipal("cloudfront.amazonaws.com")]))
secret = s3.Bucket(grants, "Secret", encryption=s3.BucketEncryption.KMS)
secret.grant_read_write(role)
key = kms.Key(grants, "Key")
withkey = s3.Bucket(grants, "WithKey", encryption_key=key, bucket_key_enabled=True)
withkey.grant_read(role)
dsse = s3.Bucket(grants, "Dsse", encryption=s3.BucketEncryption.DSSE)
dsse.grant_write(role)
public = s3.Bucket(grants, "Public", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY)
public.grant_public_access("pub/*", "s3:GetObject", "s3:GetObjectVersion")
by_name = s3.Bucket.from_bucket_name(grants, "ByName", "other-bucket")
by_name.grant_read(role)
by_arn = s3.Bucket.from_bucket_arn(grants, "ByArn", "arn:aws:s3:::arn-bucket")
by_arn.grant_write(role)
cdk.CfnOutput(grants, "ImportedName", value=by_arn.bucket_name)
cdk.CfnOutput(grants, "ImportedArn", value=by_name.bucket_arn)

# Notifications: the bucket side (custom resource, singleton handler, its role and policy).
notes = cdk.Stack(app, "Notifications")
watched = s3.Bucket(notes, "Watched", enforce_ssl=True)
watched.add_event_notification(s3.EventType.OBJECT_CREATED_PUT, QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:put"),
                               s3.NotificationKeyFilter(prefix="in/", suffix=".json"))
watched.add_object_removed_notification(QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:removed"))
second = s3.Bucket(notes, "Second", event_bridge_enabled=True)
second.add_object_created_notification(QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:created"))
app.synth()
