# Reference app for CloudWatch dashboards: graph, text and single-value widgets in rows.
import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cw, aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Dashboards")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => 'ok';"))
dashboard = cw.Dashboard(stack, "Ops", dashboard_name="ops-dashboard")
dashboard.add_widgets(
    cw.GraphWidget(title="Errors", left=[fn.metric_errors()], right=[fn.metric_invocations(label="Calls", color="#1f77b4")]),
    cw.GraphWidget(title="Latency", left=[fn.metric_duration(statistic="p99", period=cdk.Duration.minutes(1))], width=12, stacked=True),
)
dashboard.add_widgets(cw.TextWidget(markdown="# Ops", width=24, height=1))
dashboard.add_widgets(cw.SingleValueWidget(title="Throttles", metrics=[fn.metric_throttles()]),
                      cw.GraphWidget(left=[cw.Metric(namespace="Custom", metric_name="Depth", dimensions_map={"Queue": "jobs"})], width=20))
cw.Dashboard(stack, "Empty")
app.synth()
