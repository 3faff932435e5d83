# Reference app for the behaviours of the AWS CDK's aws-s3 bucket tests that the first
# reference app (s3-reference) does not cover: every further prop, imports, URLs, grants,
# replication, inventories, logs, website, CloudTrail rules and notifications of imported buckets.
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

# Props: encryption variants, naming, ABAC, object lock, acceleration, tiering, metrics, lifecycle size.
props = cdk.Stack(app, "Props")
s3.Bucket(props, "BlockedUnencrypted", encryption=s3.BucketEncryption.UNENCRYPTED,
          blocked_encryption_types=[s3.BlockedEncryptionType.SSE_C])
s3.Bucket(props, "BlockedNone", encryption=s3.BucketEncryption.S3_MANAGED, blocked_encryption_types=[s3.BlockedEncryptionType.NONE])
s3.Bucket(props, "BlockedKms", encryption=s3.BucketEncryption.KMS, bucket_key_enabled=True,
          blocked_encryption_types=[s3.BlockedEncryptionType.SSE_C, s3.BlockedEncryptionType.custom("unknown")])
s3.Bucket(props, "DsseManaged", encryption=s3.BucketEncryption.DSSE_MANAGED, bucket_key_enabled=True)
s3.Bucket(props, "Dsse", encryption=s3.BucketEncryption.DSSE)
s3.Bucket(props, "Regional", bucket_name_prefix="my-app", bucket_namespace=s3.BucketNamespace.ACCOUNT_REGIONAL, abac_status=True)
s3.Bucket(props, "Global", bucket_name="my-global-bucket-1", bucket_namespace=s3.BucketNamespace.GLOBAL, abac_status=False)
s3.Bucket(props, "LockOnly", object_lock_enabled=True)
s3.Bucket(props, "Governance", object_lock_default_retention=s3.ObjectLockRetention.governance(cdk.Duration.days(7 * 365)))
s3.Bucket(props, "Compliance", object_lock_enabled=True, object_lock_default_retention=s3.ObjectLockRetention.compliance(cdk.Duration.days(1)))
s3.Bucket(props, "Accelerated", transfer_acceleration=True)
s3.Bucket(props, "Tiering", intelligent_tiering_configurations=[
    s3.IntelligentTieringConfiguration(name="plain"),
    s3.IntelligentTieringConfiguration(name="foo", prefix="bar", archive_access_tier_time=cdk.Duration.days(90),
                                       deep_archive_access_tier_time=cdk.Duration.days(180), tags=[s3.Tag(key="test", value="bazz")]),
])
metrics = s3.Bucket(props, "Metrics", metrics=[s3.BucketMetrics(id="all"), s3.BucketMetrics(id="prefix", prefix="logs/", tag_filters={"b": "2", "a": "1"})])
metrics.add_metric(id="added")
s3.Bucket(props, "MinimumSize", transition_default_minimum_object_size=s3.TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
          lifecycle_rules=[s3.LifecycleRule(expiration=cdk.Duration.days(365))])
s3.Bucket(props, "AclPrivate", bucket_name="mylogbucket", access_control=s3.BucketAccessControl.PRIVATE)
s3.Bucket(props, "AclAuthenticated", access_control=s3.BucketAccessControl.AUTHENTICATED_READ)
s3.Bucket(props, "Custom", block_public_access=s3.BlockPublicAccess(restrict_public_buckets=True))

# The same public access block with settings left unset blocking (the feature flag).
blocked = cdk.Stack(app, "BlockedByDefault")
blocked.node.set_context("@aws-cdk/aws-s3:publicAccessBlockedByDefault", True)
s3.Bucket(blocked, "Custom", block_public_access=s3.BlockPublicAccess(restrict_public_buckets=False))
s3.Bucket(blocked, "Open", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY, public_read_access=True)

# Website: redirects, routing rules, website attributes of buckets of the app and imported ones.
website = cdk.Stack(app, "Website")
redirect = s3.Bucket(website, "Redirect", website_redirect=s3.RedirectTarget(host_name="www.example.com", protocol=s3.RedirectProtocol.HTTPS))
routed = s3.Bucket(website, "Routed", website_routing_rules=[
    s3.RoutingRule(host_name="www.example.com", http_redirect_code="302", protocol=s3.RedirectProtocol.HTTPS,
                   replace_key=s3.ReplaceKey.prefix_with("test/"),
                   condition=s3.RoutingRuleCondition(http_error_code_returned_equals="200", key_prefix_equals="")),
    s3.RoutingRule(replace_key=s3.ReplaceKey.with_("index.html"), condition=s3.RoutingRuleCondition(key_prefix_equals="docs/")),
])
imported_site = s3.Bucket.from_bucket_name(website, "ImportedSite", "my-test-bucket")
given_url = s3.Bucket.from_bucket_attributes(website, "GivenUrl", bucket_name="my-test-bucket", bucket_website_url="http://my-test-bucket.my-test.suffix")
for name, value in [("RedirectUrl", redirect.bucket_website_url), ("RedirectDomain", redirect.bucket_website_domain_name),
                    ("RoutedDomain", routed.bucket_website_domain_name),
                    ("ImportedUrl", imported_site.bucket_website_url), ("ImportedDomain", imported_site.bucket_website_domain_name),
                    ("GivenUrlDomain", given_url.bucket_website_domain_name)]:
    cdk.CfnOutput(website, name, value=value)

# Imports in stacks with regions: domain names and website URLs from the region's facts.
regions = cdk.Stack(app, "Regions", env=cdk.Environment(region="cn-north-1"))
in_europe = s3.Bucket.from_bucket_attributes(regions, "InEurope", bucket_name="mybucket", region="eu-west-1")
in_china = s3.Bucket.from_bucket_attributes(regions, "InChina", bucket_name="mybucket")
old_format = s3.Bucket.from_bucket_attributes(regions, "OldFormat", bucket_name="mybucket", region="us-east-2", bucket_website_new_url_format=False)
unknown = s3.Bucket.from_bucket_attributes(regions, "Unknown", bucket_name="mybucket", region="xx-unknown-1")
by_arn = s3.Bucket.from_bucket_arn(regions, "ByArn", "arn:aws:s3:::explicit-region-bucket")
for name, value in [("EuropeRegional", in_europe.bucket_regional_domain_name), ("EuropeWebsite", in_europe.bucket_website_domain_name),
                    ("ChinaUrl", in_china.bucket_website_url), ("ChinaDomain", in_china.bucket_domain_name),
                    ("ChinaDualStack", in_china.bucket_dual_stack_domain_name),
                    ("OldFormatUrl", old_format.bucket_website_url), ("UnknownUrl", unknown.bucket_website_url),
                    ("UnknownRegional", unknown.bucket_regional_domain_name), ("ByArnName", by_arn.bucket_name)]:
    cdk.CfnOutput(regions, name, value=value)

# URLs of a bucket of the app and of an imported one with a region.
urls = cdk.Stack(app, "Urls")
bucket = s3.Bucket(urls, "MyBucket")
regional = s3.Bucket.from_bucket_attributes(urls, "RegionalBucket", bucket_arn="arn:aws:s3:::explicit-region-bucket", region="us-west-2")
for name, value in [("Url", bucket.url_for_object()), ("FileUrl", bucket.url_for_object("/your/file.txt")),
                    ("RegionUrl", regional.url_for_object()),
                    ("Accelerated", bucket.transfer_acceleration_url_for_object()),
                    ("AcceleratedFile", bucket.transfer_acceleration_url_for_object("/my/file.txt")),
                    ("AcceleratedDual", bucket.transfer_acceleration_url_for_object("my/file.txt", dual_stack=True)),
                    ("AcceleratedRegion", regional.transfer_acceleration_url_for_object(None, dual_stack=True)),
                    ("Virtual", bucket.virtual_hosted_url_for_object()), ("VirtualFile", bucket.virtual_hosted_url_for_object("my/file.txt")),
                    ("VirtualGlobal", bucket.virtual_hosted_url_for_object("my/file.txt", regional=False)),
                    ("VirtualRegion", regional.virtual_hosted_url_for_object("a")),
                    ("S3Url", bucket.s3_url_for_object("/your/file.txt")), ("DualStack", bucket.bucket_dual_stack_domain_name),
                    ("RegionDualStack", regional.bucket_dual_stack_domain_name)]:
    cdk.CfnOutput(urls, name, value=value)

# Grants: principals without a policy, ACLs, the grants object, public access with a condition.
grants = cdk.Stack(app, "Grants")
role = iam.Role(grants, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
org = s3.Bucket(grants, "Org", encryption=s3.BucketEncryption.KMS)
org.grant_read(iam.OrganizationPrincipal("o-12345abcde"))
acl = s3.Bucket(grants, "Acl")
acl.grant_put_acl(role, "uploads/*")
acl.grant_read_write(role)
s3.BucketGrants.from_bucket(acl).actions_on_object_keys(role, "my/prefix/*", "s3:GetObject", "s3:PutObject")
s3.BucketGrants.from_bucket(acl).actions_on_bucket_and_object_keys(role, "*", "s3:GetObject")
public = s3.Bucket(grants, "Public")
public.grant_public_access().resource_statement.add_condition("IpAddress", {"aws:SourceIp": "54.240.143.0/24"})
other = s3.Bucket(grants, "Other", encryption=s3.BucketEncryption.KMS)
other.grant_read(iam.AccountPrincipal("222222222222"))
other.grant_write(iam.ServicePrincipal("logs.amazonaws.com"), "logs/*", ["s3:PutObject"])
imported = s3.Bucket.from_bucket_attributes(grants, "Imported", bucket_arn="arn:aws:s3:::my-bucket")
imported.add_to_resource_policy(iam.PolicyStatement(resources=["*"], actions=["*"], principals=[iam.AnyPrincipal()]))
role.add_to_policy(iam.PolicyStatement(resources=[imported.arn_for_objects(f"my/folder/{imported.bucket_name}")], actions=["s3:*"]))

# An L1 bucket used as a bucket: grants, its own policy next to an L1 policy, its key.
cfn = cdk.Stack(app, "FromCfn")
cfn_bucket = s3.CfnBucket(cfn, "CfnBucket")
from_cfn = s3.Bucket.from_cfn_bucket(cfn_bucket)
from_cfn.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
cfn_role = iam.Role(cfn, "Role", assumed_by=iam.AccountRootPrincipal())
from_cfn.grant_read(cfn_role)
s3.CfnBucketPolicy(cfn, "CfnBucketPolicy", bucket=cfn_bucket.ref, policy_document={
    "Statement": [{"Action": "s3:*", "Effect": "Allow", "Principal": {"AWS": "*"}, "Resource": ["*"]}], "Version": "2012-10-17"})
from_cfn.add_to_resource_policy(iam.PolicyStatement(resources=["*"], actions=["s3:*"], principals=[iam.AccountRootPrincipal()]))
cfn_key = kms.CfnKey(cfn, "CfnKey", key_policy={"Statement": [{"Action": "kms:*", "Effect": "Allow", "Principal": {"AWS": "*"}, "Resource": "*"}],
                                                "Version": "2012-10-17"})
s3.Bucket.from_cfn_bucket(s3.CfnBucket(cfn, "Encrypted", bucket_encryption=s3.CfnBucket.BucketEncryptionProperty(
    server_side_encryption_configuration=[s3.CfnBucket.ServerSideEncryptionRuleProperty(
        server_side_encryption_by_default=s3.CfnBucket.ServerSideEncryptionByDefaultProperty(sse_algorithm="aws:kms", kms_master_key_id=cfn_key.attr_arn))])))
cdk.CfnOutput(cfn, "Name", value=from_cfn.bucket_name)
cdk.CfnOutput(cfn, "WebsiteDomain", value=from_cfn.bucket_website_domain_name)

# Server access logs: key formats, the bucket policy flag, an encrypted logs bucket.
logs = cdk.Stack(app, "Logs")
log_key = kms.Key(logs, "LogKey")
access_logs = s3.Bucket(logs, "AccessLogs", encryption_key=log_key)
s3.Bucket(logs, "Simple", server_access_logs_bucket=access_logs, target_object_key_format=s3.TargetObjectKeyFormat.simple_prefix())
s3.Bucket(logs, "Partitioned", server_access_logs_bucket=access_logs, server_access_logs_prefix="p/",
          target_object_key_format=s3.TargetObjectKeyFormat.partitioned_prefix(s3.PartitionDateSource.EVENT_TIME))
s3.Bucket(logs, "Delivery", server_access_logs_bucket=access_logs,
          target_object_key_format=s3.TargetObjectKeyFormat.partitioned_prefix(s3.PartitionDateSource.DELIVERY_TIME))
s3.Bucket(logs, "ToImported", server_access_logs_bucket=s3.Bucket.from_bucket_name(logs, "TargetBucket", "target-logs-bucket"),
          server_access_logs_prefix="test/")
policy_logs = cdk.Stack(app, "LogsPolicy")
policy_logs.node.set_context("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", True)
target = s3.Bucket(policy_logs, "TargetBucket")
s3.Bucket(policy_logs, "SourceBucket", server_access_logs_bucket=target)
s3.Bucket(policy_logs, "Self", server_access_logs_prefix="test")

# Inventories.
inventory = cdk.Stack(app, "Inventory")
inventory_bucket = s3.Bucket(inventory, "InventoryBucket", enforce_ssl=True)
s3.Bucket(inventory, "MyBucket", inventories=[s3.Inventory(destination=s3.InventoryDestination(bucket=inventory_bucket))])
s3.Bucket(inventory, "AVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVery@#$+:;?!&LongNodeIdName",
          inventories=[s3.Inventory(destination=s3.InventoryDestination(bucket=inventory_bucket))])
full_inventory = s3.Bucket(inventory, "Full")
full_inventory.add_inventory(destination=s3.InventoryDestination(bucket=inventory_bucket, prefix="reports/", bucket_owner="123456789012"),
                             objects_prefix="data/", format=s3.InventoryFormat.PARQUET, enabled=False, inventory_id="my.inventory-1",
                             frequency=s3.InventoryFrequency.DAILY, include_object_versions=s3.InventoryObjectVersion.CURRENT,
                             optional_fields=["Size", "LastModifiedDate"])
full_inventory.add_inventory(destination=s3.InventoryDestination(bucket=s3.Bucket.from_bucket_name(inventory, "External", "external-reports")))
inventory_bucket.grant_read(iam.AccountPrincipal("222222222222"))

# Replication in one account.
replication = cdk.Stack(app, "Replication")
dst = s3.Bucket(replication, "DstBucket")
s3.Bucket(replication, "SrcBucket", versioned=True, replication_rules=[s3.ReplicationRule(destination=dst)])
replica_key = kms.Key(replication, "Key")
s3.Bucket(replication, "FullBucket", versioned=True, encryption_key=replica_key, replication_rules=[s3.ReplicationRule(
    destination=dst, replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES, metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
    kms_key=replica_key, storage_class=s3.StorageClass.GLACIER, sse_kms_encrypted_objects=True, replica_modifications=True,
    id="rule1", priority=1, delete_marker_replication=False,
    filter=s3.Filter(prefix="filterWord", tags=[s3.Tag(key="filterKey", value="filterValue")]))])
custom_role = iam.Role(replication, "ReplicationRole", assumed_by=iam.ServicePrincipal("s3.amazonaws.com"))
other_dst = s3.Bucket(replication, "DstBucketNoEncryption")
custom = s3.Bucket(replication, "CustomRole", versioned=True, replication_role=custom_role, replication_rules=[
    s3.ReplicationRule(destination=dst, priority=1, filter=s3.Filter(tags=[s3.Tag(key="k1", value="v1"), s3.Tag(key="k2", value="v2")])),
    s3.ReplicationRule(destination=other_dst, priority=2, metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES, delete_marker_replication=True)])
custom.grant_replication_permission(custom_role, destinations=[s3.GrantReplicationPermissionDestinationProps(bucket=dst, encryption_key=replica_key)])

# Replication to another account.
source_account = cdk.Stack(app, "SourceAccount", env=cdk.Environment(account="111111111111", region="us-east-1"))
destination_account = cdk.Stack(app, "DestinationAccount", env=cdk.Environment(account="222222222222"))
remote = s3.Bucket(destination_account, "DstBucket", bucket_name="another-account-dst-bucket")
source = s3.Bucket(source_account, "SrcBucket", versioned=True, replication_rules=[s3.ReplicationRule(destination=remote, access_control_transition=True)])
remote.add_replication_policy(source.replication_role_arn, True, "111111111111")
cdk.CfnOutput(destination_account, "SourceRoleArn", value=source.replication_role_arn)

# CloudTrail event rules.
events = cdk.Stack(app, "Events")
watched = s3.Bucket(events, "Watched")
watched.on_cloud_trail_event("AnyCall", description="every call")
watched.on_cloud_trail_put_object("Put", paths=["uploads/*"])
watched.on_cloud_trail_write_object("Write", paths=["a/*", "b/*"], rule_name="writes")
watched.on_cloud_trail_write_object("WriteAll")

# Notifications: an imported bucket, a handler role, skipped validation, EventBridge later.
notes = cdk.Stack(app, "Notifications")
handler_role = iam.Role(notes, "HandlerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
own = s3.Bucket(notes, "Own", notifications_handler_role=handler_role, notifications_skip_destination_validation=True)
own.add_object_created_notification(QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:own"))
outside = s3.Bucket.from_bucket_name(notes, "Outside", "outside-bucket")
outside.add_event_notification(s3.EventType.OBJECT_REMOVED, QueueArnDestination("arn:aws:sqs:us-east-1:123456789012:outside"))
later = s3.Bucket(notes, "Later")
later.enable_event_bridge_notification()

app.synth()
