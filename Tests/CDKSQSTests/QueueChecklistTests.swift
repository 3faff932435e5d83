import CDK
import CDKAssertions
import CDKCloudWatch
import CDKSQS
import Testing

/// Behaviours of the AWS CDK's sqs.test.ts that the other suites and the reference apps leave
/// out: every out-of-range prop listed in one error, the bounds of the message size, a standard
/// queue that says so, the outstanding-messages expression and the environment of imports.
@Suite struct QueueChecklistTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func everyOutOfRangePropIsListedInOneErrorInTheAWSCDKsOrder() throws {
        let stack = try stack()
        try expectError(path: "/S/Two", message: .exactly("Queue initialization failed due to the following validation error(s):\n"
                        + "- delivery delay must be between 0 and 900 seconds, but 960 was provided\n"
                        + "- message retention period must be between 60 and 1,209,600 seconds, but 30 was provided")) {
            try SQS.Queue(stack, "Two") { $0.retentionPeriod = .seconds(30); $0.deliveryDelay = .minutes(16) }
        }
        try expectError(path: "/S/Size", message: .exactly("Queue initialization failed due to the following validation error(s):\n"
                        + "- maximum message size must be between 1,024 and 1,048,576 bytes, but 2000000 was provided\n"
                        + "- message retention period must be between 60 and 1,209,600 seconds, but 30 was provided")) {
            try SQS.Queue(stack, "Size") { $0.maxMessageSizeBytes = 2_000_000; $0.retentionPeriod = .seconds(30) }
        }
    }

    @Test(arguments: [(1023, false), (1024, true), (1_048_576, true), (1_048_577, false)])
    func theMessageSizeIsCheckedAtItsBounds(size: Int, accepted: Bool) throws {
        let stack = try stack()
        if accepted {
            _ = try SQS.Queue(stack, "Q") { $0.maxMessageSizeBytes = size }
            try Template(stack).hasResourceProperties("AWS::SQS::Queue", ["MaximumMessageSize": .value(Double(size))])
        } else {
            try expectError(path: "/S/Q", message: .exactly("Queue initialization failed due to the following validation error(s):\n"
                            + "- maximum message size must be between 1,024 and 1,048,576 bytes, but \(size) was provided")) {
                try SQS.Queue(stack, "Q") { $0.maxMessageSizeBytes = size }
            }
        }
    }

    @Test func aQueueThatSaysItIsNotFifoHasNoProperties() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Queue") { $0.fifo = false }
        #expect(!queue.fifo)
        try Template(stack).templateMatches(["Resources": ["Queue4A7E3555": [
            "Type": "AWS::SQS::Queue", "Properties": Match.absent(), "UpdateReplacePolicy": "Delete", "DeletionPolicy": "Delete",
        ]]])
    }

    @Test func theDeadLetterQueueIsKeptAsGiven() throws {
        let stack = try stack()
        let dlq = try SQS.Queue(stack, "DLQ")
        let queue = try SQS.Queue(stack, "Queue") { $0.deadLetterQueue = SQS.DeadLetterQueue(queue: dlq, maxReceiveCount: 3) }
        #expect(queue.deadLetterQueue?.queue === dlq && queue.deadLetterQueue?.maxReceiveCount == 3)
        try Template(stack).hasResourceProperties("AWS::SQS::Queue", ["RedrivePolicy": [
            "deadLetterTargetArn": ["Fn::GetAtt": ["DLQ581697C4", "Arn"]], "maxReceiveCount": 3,
        ]])
    }

    @Test func theOutstandingMessagesAddVisibleAndInFlightWithTheDefaults() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Queue")
        let outstanding = try queue.metricApproximateNumberOfMessagesOutstanding()
        #expect(outstanding.expression == "visible + notVisible")
        #expect(outstanding.label == "Approximate number of messages outstanding")
        #expect(outstanding.period == .minutes(5))
        #expect(outstanding.usingMetrics.map(\.id) == ["visible", "notVisible"])
        let names = outstanding.usingMetrics.map(\.metric.metricName)
        #expect(names == ["ApproximateNumberOfMessagesVisible", "ApproximateNumberOfMessagesNotVisible"])
        for (_, metric) in outstanding.usingMetrics {
            #expect(metric.namespace == "AWS/SQS" && metric.statistic == "Maximum" && metric.period == .minutes(5))
            #expect(try stack.resolve(.string(metric.dimensions[0].value)) == ["Fn::GetAtt": ["Queue4A7E3555", "QueueName"]])
        }
    }

    @Test func theOutstandingMessagesPassTheOptionsToBothMetrics() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Queue")
        let outstanding = try queue.metricApproximateNumberOfMessagesOutstanding(
            .init(period: .minutes(1), statistic: "Average", label: "Outstanding work"))
        #expect(outstanding.label == "Outstanding work" && outstanding.period == .minutes(1))
        for (_, metric) in outstanding.usingMetrics {
            #expect(metric.period == .minutes(1) && metric.statistic == "Average")
        }
        _ = try outstanding.createAlarm(stack, "Alarm", .init(threshold: 100, evaluationPeriods: 3))
        try Template(stack).hasResourceProperties("AWS::CloudWatch::Alarm", [
            "EvaluationPeriods": 3, "Threshold": 100,
            "Metrics": Match.arrayWith([
                Match.objectLike(["Id": "expr_1", "Expression": "visible + notVisible", "Label": "Outstanding work"]),
                Match.objectLike(["Id": "visible", "ReturnData": false, "MetricStat": Match.objectLike(["Period": 60, "Stat": "Average"])]),
            ]),
        ])
    }

    @Test func importsTakeTheirAccountAndRegionFromALiteralArn() throws {
        let stack = try stack()
        let byAttributes = try SQS.Queue.fromQueueAttributes(stack, "A", .init(queueArn: "arn:aws:sqs:us-west-2:999999999999:queue"))
        #expect(byAttributes.environment == ResourceEnvironment(account: "999999999999", region: "us-west-2"))
        let byArn = try SQS.Queue.fromQueueArn(stack, "B", queueArn: "arn:aws:sqs:us-west-2:999999999999:queue")
        #expect(byArn.environment == ResourceEnvironment(account: "999999999999", region: "us-west-2"))
    }
}
