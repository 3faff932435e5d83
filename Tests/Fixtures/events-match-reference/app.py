# Reference app for event pattern matchers: prefixes, suffixes, wildcards, anything-but,
# numbers and intervals, existence, null, CIDR ranges, case-insensitive and combined matchers.
import aws_cdk as cdk
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "Patterns")
M = events.Match
events.Rule(stack, "Matchers", event_pattern=events.EventPattern(
    source=M.prefix("aws."),
    detail_type=M.anything_but("Noise", "Chatter"),
    account=M.any_of(M.exact_string("111111111111"), M.suffix("2222")),
    detail={
        "state": M.anything_but_prefix("temp-", "test-"),
        "name": M.wildcard("order-*-eu"),
        "code": M.anything_but(404, 500),
        "size": M.interval(10, 20),
        "count": M.all_of(M.greater_than(0), M.less_than(100)),
        "ratio": M.greater_than_or_equal(0.5),
        "score": M.less_than_or_equal(9),
        "exact": M.equal(3),
        "owner": M.exists(),
        "legacy": M.does_not_exist(),
        "parent": M.null_value(),
        "ip": M.cidr("10.0.0.0/8"),
        "ip6": M.ip_address_range("2001:db8::/32"),
        "color": M.equals_ignore_case("Red"),
        "env": M.anything_but_suffix("-dev"),
        "path": M.anything_but_wildcard("/tmp/*"),
        "tier": M.anything_but_equals_ignore_case("Free", "Trial"),
        "nested": {"deep": M.prefix("x")},
        "plain": ["a", "b"],
    }))
app.synth()
