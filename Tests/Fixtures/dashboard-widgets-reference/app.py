# Reference app for more dashboard widgets: an alarm's graph, the status of alarms, log
# queries (text and lines) and spacers.
import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cw, aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "Widgets")
alarm = cw.Alarm(stack, "Errors", metric=cw.Metric(namespace="App", metric_name="Errors"), threshold=1, evaluation_periods=1)
other = cw.Alarm(stack, "Latency", metric=cw.Metric(namespace="App", metric_name="Latency"), threshold=500, evaluation_periods=3)
group = logs.LogGroup(stack, "AppLogs")
dashboard = cw.Dashboard(stack, "Ops", dashboard_name="ops")
dashboard.add_widgets(cw.AlarmWidget(alarm=alarm, title="Errors"),
                      cw.AlarmWidget(alarm=other, width=12, height=4, left_y_axis=cw.YAxisProps(min=0, max=1000, label="ms", show_units=False)),
                      cw.Spacer(width=6))
dashboard.add_widgets(cw.AlarmStatusWidget(alarms=[alarm, other]),
                      cw.AlarmStatusWidget(alarms=[alarm], title="Only errors", width=8, height=2,
                                           sort_by=cw.AlarmStatusWidgetSortBy.STATE_UPDATED_TIMESTAMP,
                                           states=[cw.AlarmState.ALARM, cw.AlarmState.OK]))
dashboard.add_widgets(cw.LogQueryWidget(log_group_names=[group.log_group_name, "/other"], query_string="fields @message | limit 20",
                                        title="Recent"),
                      cw.LogQueryWidget(log_group_names=["/other"], query_lines=["fields @timestamp", "filter @message like /ERROR/", "sort @timestamp desc"],
                                        view=cw.LogQueryVisualizationType.LINE, width=12, region="eu-west-1"),
                      cw.Spacer())
app.synth()
