import CDK
import CDKApplicationAutoScaling
import CDKAssertions
import CDKDynamoDB
import Testing

/// Auto scaling of the table's and its global indexes' capacities: targets, utilization
/// policies, schedules, and the errors of on-demand tables, double scaling and invalid bounds.
@Suite struct TableScalingTests {
    func provisioned(_ stack: Stack) throws -> DynamoDB.Table {
        try makeTable(stack, "MyTable") {
            $0.readCapacity = 42
            $0.writeCapacity = 1337
        }
    }

    @Test(arguments: [true, false])
    func utilizationScaling(_ reads: Bool) throws {
        let stack = try makeStack()
        let table = try provisioned(stack)
        let bounds = DynamoDB.EnableScalingProps(minCapacity: 50, maxCapacity: 500)
        let attribute = try reads ? table.autoScaleReadCapacity(bounds) : table.autoScaleWriteCapacity(bounds)
        #expect(!attribute.scalingPolicyCreated)
        try attribute.scaleOnUtilization(.init(targetUtilizationPercent: 75))
        #expect(attribute.scalingPolicyCreated)
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", [
            "MaxCapacity": 500, "MinCapacity": 50, "ServiceNamespace": "dynamodb",
            "ScalableDimension": .json(.string(reads ? "dynamodb:table:ReadCapacityUnits" : "dynamodb:table:WriteCapacityUnits")),
            "RoleARN": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"],
                                          ":role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable"]]],
        ])
        try template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", [
            "PolicyType": "TargetTrackingScaling",
            "PolicyName": Match.stringLikeRegexp("^SMyTable\(reads ? "Read" : "Write")ScalingTargetTracking[0-9A-F]{8}$"),
            "TargetTrackingScalingPolicyConfiguration": [
                "PredefinedMetricSpecification": ["PredefinedMetricType": .json(.string(reads ? "DynamoDBReadCapacityUtilization" : "DynamoDBWriteCapacityUtilization"))],
                "TargetValue": 75,
            ],
        ])
        try template.resourceCountIs("AWS::IAM::Role", 0)
    }

    @Test func scalingTwiceIsRejected() throws {
        let stack = try makeStack()
        let table = try provisioned(stack)
        try table.autoScaleReadCapacity(.init(minCapacity: 50, maxCapacity: 500)).scaleOnUtilization(.init(targetUtilizationPercent: 75))
        try expectError(path: "/S/MyTable", message: "Read AutoScaling already enabled for this table") {
            try table.autoScaleReadCapacity(.init(minCapacity: 50, maxCapacity: 500))
        }
        try table.autoScaleWriteCapacity(.init(minCapacity: 1, maxCapacity: 5))
        try expectError(path: "/S/MyTable", message: "Write AutoScaling already enabled for this table") {
            try table.autoScaleWriteCapacity(.init(minCapacity: 1, maxCapacity: 5))
        }
    }

    @Test func onDemandTablesCannotScale() throws {
        let stack = try makeStack()
        let table = try makeTable(stack) { $0.billingMode = .payPerRequest }
        try table.addGlobalSecondaryIndex(.init(indexName: "MyGSI", partitionKey: key("gsiHashKey")))
        let bounds = DynamoDB.EnableScalingProps(minCapacity: 1, maxCapacity: 5)
        for scale in [{ try table.autoScaleReadCapacity(bounds) }, { try table.autoScaleWriteCapacity(bounds) },
                      { try table.autoScaleGlobalSecondaryIndexReadCapacity("MyGSI", bounds) },
                      { try table.autoScaleGlobalSecondaryIndexWriteCapacity("MyGSI", bounds) }] as [() throws -> DynamoDB.ScalableTableAttribute] {
            try expectError(path: "/S/T", message: "AutoScaling is not available for tables with PAY_PER_REQUEST billing mode") { try scale() }
        }
    }

    @Test func invalidUtilizationAndBounds() throws {
        let stack = try makeStack()
        let table = try provisioned(stack)
        let reads = try table.autoScaleReadCapacity(.init(minCapacity: 50, maxCapacity: 500))
        for percent in [5.0, 95] {
            try expectError(path: "/S/MyTable/ReadScaling", message: "targetUtilizationPercent for DynamoDB scaling must be between 10 and 90 percent, got: \(JSONWriter.formatNumber(percent))") {
                try reads.scaleOnUtilization(.init(targetUtilizationPercent: percent))
            }
        }
        try expectError(path: "/S/MyTable/WriteScaling/Target", message: "minCapacity (10) should be lower than maxCapacity (5)") {
            try table.autoScaleWriteCapacity(.init(minCapacity: 10, maxCapacity: 5))
        }
    }

    @Test func globalIndexScaling() throws {
        let stack = try makeStack()
        let table = try provisioned(stack)
        try table.addGlobalSecondaryIndex(.init(indexName: "byName", partitionKey: key("name")))
        try table.autoScaleGlobalSecondaryIndexReadCapacity("byName", .init(minCapacity: 1, maxCapacity: 5)).scaleOnUtilization(.init(targetUtilizationPercent: 10))
        try table.autoScaleGlobalSecondaryIndexWriteCapacity("byName", .init(minCapacity: 2, maxCapacity: 6)).scaleOnUtilization(.init(targetUtilizationPercent: 90))
        let template = try Template(stack)
        let ref: Pattern = ["Ref": .json(.string(try template.logicalId(of: table)))]
        for dimension in ["Read", "Write"] {
            try template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", [
                "ResourceId": ["Fn::Join": ["", ["table/", ref, "/index/byName"]]],
                "ScalableDimension": .json(.string("dynamodb:index:\(dimension)CapacityUnits")),
            ])
        }
        try expectError(path: "/S/MyTable", message: "Read AutoScaling already enabled for this index") {
            try table.autoScaleGlobalSecondaryIndexReadCapacity("byName", .init(minCapacity: 1, maxCapacity: 5))
        }
        try expectError(path: "/S/MyTable", message: "Write AutoScaling already enabled for this index") {
            try table.autoScaleGlobalSecondaryIndexWriteCapacity("byName", .init(minCapacity: 1, maxCapacity: 5))
        }
        try expectError(path: "/S/MyTable", message: "No global secondary index with name unknown") {
            try table.autoScaleGlobalSecondaryIndexReadCapacity("unknown", .init(minCapacity: 1, maxCapacity: 5))
        }
    }

    @Test func scheduledScaling() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Default")
        let table = try DynamoDB.Table(stack, "MyTable", .init(partitionKey: key("Hash"))) {
            $0.readCapacity = 42
            $0.writeCapacity = 1337
        }
        let scaling = try table.autoScaleReadCapacity(.init(minCapacity: 1, maxCapacity: 100))
        try scaling.scaleOnSchedule("SaveMoneyByNotScalingUp", .init(schedule: try .cron(), maxCapacity: 10))
        #expect(scaling.scalingPolicyCreated)
        try Template(stack).hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", ["ScheduledActions": [[
            "ScalableTargetAction": Match.objectEquals(["MaxCapacity": 10]), "Schedule": "cron(* * * * ? *)", "ScheduledActionName": "SaveMoneyByNotScalingUp",
        ]]])
        try AnnotationsAssertions(stack).hasWarning("/Default/MyTable/ReadScaling/Target", "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead. [ack: @aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute]")
    }

    @Test func aCronWithAMinuteDoesNotWarn() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Default")
        let table = try DynamoDB.Table(stack, "MyTable", .init(partitionKey: key("Hash"))) { $0.readCapacity = 42 }
        try table.autoScaleReadCapacity(.init(minCapacity: 1, maxCapacity: 100))
            .scaleOnSchedule("SaveMoneyByNotScalingUp", .init(schedule: try .cron(.init(minute: "*")), maxCapacity: 10))
        #expect(try AnnotationsAssertions(stack).findWarning("*").isEmpty)
    }
}
