import CDK
import CDKAssertions
import CDKIAM
import CDKLogs
import Testing

/// Fine-grained and validation tests of `Logs.LogGroup`.
@Suite struct LogGroupTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func defaultsKeepEventsTwoYearsAndRetainTheGroup() throws {
        let stack = try stack()
        _ = try Logs.LogGroup(stack, "G")
        try Template(stack).hasResource("AWS::Logs::LogGroup", [
            "Properties": Match.objectEquals(["RetentionInDays": 731]), "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain",
        ])
    }

    @Test func everyRetentionMapsToItsDays() throws {
        #expect(Logs.RetentionDays.allCases.count == 23)
        #expect(Logs.RetentionDays.thirteenMonths.rawValue == 400)
        #expect(Logs.RetentionDays.tenYears.rawValue == 3653)
        let stack = try stack()
        _ = try Logs.LogGroup(stack, "G") { $0.retention = .infinite }
        try Template(stack).hasResourceProperties("AWS::Logs::LogGroup", Match.absent())
    }

    @Test func grantsOnTheGroupArn() throws {
        let stack = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let group = try Logs.LogGroup(stack, "G") { $0.logGroupName = "/app" }
        try group.grantWrite(role)
        let template = try Template(stack)
        let id = try template.logicalId(of: group)
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Effect": "Allow", "Resource": ["Fn::GetAtt": [.json(.string(id)), "Arn"]]],
        ]]])
    }

    @Test func importsByNameAndArn() throws {
        let stack = try Stack(try App(environment: [:]), "S", env: Environment(account: "111111111111", region: "eu-west-1"))
        let byName = try Logs.LogGroup.fromLogGroupName(stack, "A", logGroupName: "app:*")
        #expect(byName.logGroupName == "app")
        #expect(byName.logGroupArn == "arn:\(stack.partition):logs:eu-west-1:111111111111:log-group:app:*")
        let byArn = try Logs.LogGroup.fromLogGroupArn(stack, "B", logGroupArn: "arn:aws:logs:eu-west-1:111111111111:log-group:other")
        #expect(byArn.logGroupName == "other")
        #expect(byArn.logGroupArn == "arn:aws:logs:eu-west-1:111111111111:log-group:other:*")
    }

    @Test func deliveryGroupsTakeNoRetention() throws {
        let stack = try stack()
        try expectError(path: "/S/G", message: "retention is not supported for a log group with logGroupClass DELIVERY; remove retention or use a different LogGroupClass") {
            try Logs.LogGroup(stack, "G") { $0.retention = .oneDay; $0.logGroupClass = .delivery }
        }
    }
}

extension LogGroupTests {
    @Test func importedByArnLivesInTheArnsEnvironment() throws {
        let stack = try stack()
        let group = try Logs.LogGroup.fromLogGroupArn(stack, "G", logGroupArn: "arn:aws:logs:eu-west-1:111111111111:log-group:other:*")
        #expect(group.environment == ResourceEnvironment(account: "111111111111", region: "eu-west-1"))
    }
}
