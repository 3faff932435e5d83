# Reference app for CloudWatch Logs filters: metric filters with every kind of pattern, an
# extracted metric and an alarm on it, log streams, and subscription filters to a function.
import aws_cdk as cdk
from aws_cdk import (aws_cloudwatch as cw, aws_lambda as lambda_, aws_logs as logs, aws_logs_destinations as destinations)

app = cdk.App()
stack = cdk.Stack(app, "LogFilters")
group = logs.LogGroup(stack, "AppLogs", retention=logs.RetentionDays.ONE_MONTH)
errors = group.add_metric_filter("Errors", filter_pattern=logs.FilterPattern.any_term("ERROR", "Fatal \"x\""),
                                 metric_namespace="App", metric_name="Errors")
cw.Alarm(stack, "ErrorAlarm", metric=errors.metric(), threshold=1, evaluation_periods=1)
logs.MetricFilter(stack, "Latency", log_group=group, metric_namespace="App", metric_name="Latency",
                  filter_pattern=logs.FilterPattern.all(logs.FilterPattern.exists("$.latency"),
                                                         logs.FilterPattern.number_value("$.latency", ">=", 1.5),
                                                         logs.FilterPattern.string_value("$.level", "==", "warn*")),
                  metric_value="$.latency", default_value=0, unit=cw.Unit.MILLISECONDS,
                  dimensions={"Service": "$.service"}, filter_name="latency")
group.add_metric_filter("Json", filter_pattern=logs.FilterPattern.any(logs.FilterPattern.is_null("$.user"),
                                                                      logs.FilterPattern.not_exists("$.id"),
                                                                      logs.FilterPattern.boolean_value("$.ok", False),
                                                                      logs.FilterPattern.regex_value("$.path", "=", "^/api")),
                        metric_namespace="App", metric_name="Odd")
group.add_metric_filter("Table", filter_pattern=logs.FilterPattern.space_delimited("ip", "user", "...", "status", "size")
                        .where_string("user", "!=", "-").where_number("status", ">=", 500).where_number("status", "<", 600),
                        metric_namespace="App", metric_name="ServerErrors", metric_value="$size")
group.add_metric_filter("Everything", filter_pattern=logs.FilterPattern.all_events(), metric_namespace="App", metric_name="Lines")
group.add_metric_filter("Groups", filter_pattern=logs.FilterPattern.any_term_group(["a", "b"], ["c"]), metric_namespace="App", metric_name="Groups")
group.add_metric_filter("Terms", filter_pattern=logs.FilterPattern.all_terms("timeout", "retry"), metric_namespace="App", metric_name="Timeouts")
group.add_metric_filter("Literal", filter_pattern=logs.FilterPattern.literal("[w1, w2]"), metric_namespace="App", metric_name="Literal")
extracted = group.extract_metric("$.duration", "App", "Duration")
cw.Alarm(stack, "SlowAlarm", metric=extracted, threshold=1000, evaluation_periods=2)
group.add_stream("Stream", log_stream_name="main")
logs.LogStream(stack, "Other", log_group=group)
fn = lambda_.Function(stack, "Shipper", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"))
group.add_subscription_filter("Ship", destination=destinations.LambdaDestination(fn),
                              filter_pattern=logs.FilterPattern.all_terms("ERROR"))
logs.SubscriptionFilter(stack, "ShipAll", log_group=group, destination=destinations.LambdaDestination(fn),
                        filter_pattern=logs.FilterPattern.all_events(), filter_name="ship-all")
cdk.CfnOutput(stack, "ErrorsMetricNamespace", value=errors.metric().namespace)
app.synth()
