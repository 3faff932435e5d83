# Reference app for DynamoDB.Table beyond the common props: on-demand and warm throughput, point-in-time
# recovery and contributor insights specifications, import from S3, resource policy, multi-attribute
# index keys, grants (streams, indexes of imported tables, allowlisted services), auto scaling and the
# table's metrics in alarms.
import aws_cdk as cdk
from aws_cdk import (aws_applicationautoscaling as appscaling, aws_cloudwatch as cw, aws_dynamodb as ddb,
                     aws_iam as iam, aws_kms as kms, aws_s3 as s3)

S = ddb.AttributeType.STRING
N = ddb.AttributeType.NUMBER
B = ddb.AttributeType.BINARY

app = cdk.App()

props = cdk.Stack(app, "Props")
on_demand = ddb.Table(props, "OnDemand", partition_key=ddb.Attribute(name="pk", type=S),
                      billing_mode=ddb.BillingMode.PAY_PER_REQUEST, max_read_request_units=10, max_write_request_units=5,
                      warm_throughput=ddb.WarmThroughput(read_units_per_second=13000, write_units_per_second=5000),
                      point_in_time_recovery_specification=ddb.PointInTimeRecoverySpecification(
                          point_in_time_recovery_enabled=True, recovery_period_in_days=5),
                      contributor_insights_specification=ddb.ContributorInsightsSpecification(
                          enabled=True, mode=ddb.ContributorInsightsMode.ACCESSED_AND_THROTTLED_KEYS))
on_demand.add_global_secondary_index(index_name="limited", partition_key=ddb.Attribute(name="g", type=S),
                                     max_read_request_units=10, max_write_request_units=20,
                                     warm_throughput=ddb.WarmThroughput(read_units_per_second=15000, write_units_per_second=6000),
                                     contributor_insights_specification=ddb.ContributorInsightsSpecification(
                                         enabled=True, mode=ddb.ContributorInsightsMode.THROTTLED_KEYS))
on_demand.add_global_secondary_index(index_name="plain", partition_key=ddb.Attribute(name="h", type=S),
                                     contributor_insights_enabled=False)
on_demand.add_global_secondary_index(index_name="multi", partition_keys=[ddb.Attribute(name="m1", type=S), ddb.Attribute(name="m2", type=N)],
                                     sort_keys=[ddb.Attribute(name="s1", type=B), ddb.Attribute(name="s2", type=S)],
                                     projection_type=ddb.ProjectionType.KEYS_ONLY)
provisioned = ddb.Table(props, "Provisioned", partition_key=ddb.Attribute(name="pk", type=S),
                        read_capacity=7, write_capacity=0, max_read_request_units=3,
                        warm_throughput=ddb.WarmThroughput(read_units_per_second=2000),
                        point_in_time_recovery_specification=ddb.PointInTimeRecoverySpecification(point_in_time_recovery_enabled=False),
                        contributor_insights_specification=ddb.ContributorInsightsSpecification(enabled=True),
                        table_class=ddb.TableClass.STANDARD, deletion_protection=False)
provisioned.add_global_secondary_index(index_name="g", partition_key=ddb.Attribute(name="g", type=N), read_capacity=9,
                                       write_capacity=10, max_write_request_units=4,
                                       warm_throughput=ddb.WarmThroughput(write_units_per_second=4000))
cdk.Tags.of(provisioned).add("Environment", "Production")
bucket = s3.Bucket(props, "Source")
ddb.Table(props, "Csv", partition_key=ddb.Attribute(name="id", type=S),
          import_source=ddb.ImportSourceSpecification(
              compression_type=ddb.InputCompressionType.NONE,
              input_format=ddb.InputFormat.csv(delimiter=";", header_list=["id", "name"]),
              bucket=bucket, bucket_owner="111111111111", key_prefix="prefix"))
ddb.Table(props, "Json", partition_key=ddb.Attribute(name="id", type=S),
          import_source=ddb.ImportSourceSpecification(compression_type=ddb.InputCompressionType.GZIP,
                                                      input_format=ddb.InputFormat.dynamo_db_json(), bucket=bucket))
ddb.Table(props, "Ion", partition_key=ddb.Attribute(name="id", type=S),
          import_source=ddb.ImportSourceSpecification(input_format=ddb.InputFormat.ion(), bucket=bucket,
                                                      compression_type=ddb.InputCompressionType.ZSTD))
ddb.Table(props, "CsvDefaults", partition_key=ddb.Attribute(name="id", type=S),
          import_source=ddb.ImportSourceSpecification(input_format=ddb.InputFormat.csv(), bucket=bucket))
policy_table = ddb.Table(props, "WithPolicy", partition_key=ddb.Attribute(name="id", type=S), table_name="with-policy",
                         resource_policy=iam.PolicyDocument(statements=[iam.PolicyStatement(
                             actions=["dynamodb:GetItem"], principals=[iam.ArnPrincipal("arn:aws:iam::111122223333:user/foobar")],
                             resources=["*"])]))
policy_table.add_to_resource_policy(iam.PolicyStatement(actions=["dynamodb:Query"], principals=[iam.AccountRootPrincipal()],
                                                        resources=["*"]))
ddb.Table(props, "Pitr", partition_key=ddb.Attribute(name="id", type=S), point_in_time_recovery=False,
          contributor_insights_enabled=False, encryption=ddb.TableEncryption.AWS_MANAGED, time_to_live_attribute="expires")

grants = cdk.Stack(app, "Grants")
reader = iam.Role(grants, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
streamed = ddb.Table(grants, "Streamed", partition_key=ddb.Attribute(name="id", type=S), stream=ddb.StreamViewType.NEW_IMAGE)
streamed.grant_read_data(reader)
streamed.grant_stream(reader, "dynamodb:DescribeStream")
streamed.grant_table_list_streams(reader)
streamed.grant_stream_read(reader)
streamed.grant(reader, "dynamodb:action1", "dynamodb:action2")
streamed.grant_read_write_data(iam.ServicePrincipal("glue.amazonaws.com"))
streamed.grant_write_data(iam.ServicePrincipal("redshift.amazonaws.com").with_conditions({"StringEquals": {"aws:SourceAccount": "123456789012"}}))
streamed.grant_read_data(iam.AccountRootPrincipal())
key = kms.Key(grants, "Key")
indexed = ddb.Table.from_table_attributes(grants, "Indexed", table_name="indexed", global_indexes=["global"], local_indexes=["local"])
indexed.grant_read_data(reader)
local_only = ddb.Table.from_table_attributes(grants, "LocalOnly", table_name="local-only", local_indexes=["local"])
local_only.grant_write_data(reader)
with_stream = ddb.Table.from_table_attributes(grants, "WithStream", table_name="with-stream",
                                              table_stream_arn="arn:aws:dynamodb:us-east-1:111111111111:table/with-stream/stream/label",
                                              encryption_key=key)
with_stream.grant_stream_read(reader)
with_stream.grant_stream(reader, "dynamodb:GetRecords")

scaling = cdk.Stack(app, "Scaling")
scaled = ddb.Table(scaling, "Scaled", partition_key=ddb.Attribute(name="id", type=S), read_capacity=42, write_capacity=1337)
scaled.add_global_secondary_index(index_name="byName", partition_key=ddb.Attribute(name="name", type=S))
scaled.auto_scale_read_capacity(min_capacity=50, max_capacity=500).scale_on_utilization(target_utilization_percent=75)
writes = scaled.auto_scale_write_capacity(min_capacity=1, max_capacity=100)
writes.scale_on_utilization(target_utilization_percent=50, disable_scale_in=True, scale_in_cooldown=cdk.Duration.seconds(60),
                            scale_out_cooldown=cdk.Duration.minutes(2), policy_name="write-policy")
writes.scale_on_schedule("SaveMoneyByNotScalingUp", schedule=appscaling.Schedule.cron(), max_capacity=10)
writes.scale_on_schedule("Morning", schedule=appscaling.Schedule.cron(minute="0", hour="8", week_day="MON-FRI"), min_capacity=20)
writes.scale_on_schedule("Hourly", schedule=appscaling.Schedule.rate(cdk.Duration.hours(1)), min_capacity=2, max_capacity=50)
writes.scale_on_schedule("Literal", schedule=appscaling.Schedule.expression("rate(5 minutes)"), max_capacity=60)
index_reads = scaled.auto_scale_global_secondary_index_read_capacity("byName", min_capacity=1, max_capacity=5)
index_reads.scale_on_utilization(target_utilization_percent=10)
scaled.auto_scale_global_secondary_index_write_capacity("byName", min_capacity=2, max_capacity=6).scale_on_utilization(
    target_utilization_percent=90)

metrics = cdk.Stack(app, "Metrics")
measured = ddb.Table(metrics, "Measured", partition_key=ddb.Attribute(name="id", type=S))
cw.Alarm(metrics, "Errors", metric=measured.metric_system_errors_for_operations(operations=[ddb.Operation.SCAN],
                                                                                period=cdk.Duration.minutes(1)),
         evaluation_periods=1, threshold=1)
cw.Alarm(metrics, "Throttles", metric=measured.metric_throttled_requests_for_operations(
    operations=[ddb.Operation.PUT_ITEM, ddb.Operation.GET_ITEM]), evaluation_periods=2, threshold=5)
cw.Alarm(metrics, "Reads", metric=measured.metric_consumed_read_capacity_units(), evaluation_periods=1, threshold=100)
cw.Alarm(metrics, "Latency", metric=measured.metric_successful_request_latency(dimensions_map={"Operation": "GetItem"}),
         evaluation_periods=1, threshold=10)
cw.Alarm(metrics, "Conditional", metric=measured.metric_conditional_check_failed_requests(period=cdk.Duration.minutes(1)),
         evaluation_periods=1, threshold=1)
cw.Alarm(metrics, "User", metric=measured.metric_user_errors(), evaluation_periods=1, threshold=1)
cw.Alarm(metrics, "Writes", metric=measured.metric_consumed_write_capacity_units(statistic="Maximum"), evaluation_periods=1,
         threshold=1)
cw.Alarm(metrics, "Throttled", metric=measured.metric_throttled_requests_for_operation("Query"), evaluation_periods=1, threshold=1)
cw.Alarm(metrics, "Labelled", metric=measured.metric_consumed_read_capacity_units(label="Reads of the table"),
         evaluation_periods=1, threshold=1)
cw.Alarm(metrics, "OtherAccount", metric=measured.metric("ReturnedItemCount", account="222222222222", statistic="p99"),
         evaluation_periods=1, threshold=1)
cw.Alarm(metrics, "Ratio", metric=cw.MathExpression(
    expression="100 * throttled / reads", label="Throttled share", color="#ff0000", period=cdk.Duration.minutes(10),
    using_metrics={"throttled": measured.metric_throttled_requests_for_operation("GetItem", label="throttled gets"),
                   "reads": measured.metric_consumed_read_capacity_units(account="222222222222")}),
         evaluation_periods=3, threshold=5, datapoints_to_alarm=2)
cw.MathExpression(expression='SELECT AVG(ConsumedReadCapacityUnits) FROM "AWS/DynamoDB"', period=cdk.Duration.minutes(1)).create_alarm(
    metrics, "Select", evaluation_periods=1, threshold=50)
app.synth()
