import CDK
import CDKAssertions
import CDKIAM
import CDKLogs
import ErrorCatalogueSupport
import Testing

/// The CloudWatch Logs part of the error catalogue.
@Suite struct LogsErrorCatalogue {
    static let cases: [BadInput] = [
        BadInput("retention on a delivery log group", path: "S/Group", mentions: ["DELIVERY"]) {
            let (_, stack) = try appWithStack()
            _ = try Logs.LogGroup(stack, "Group") { $0.logGroupClass = .delivery; $0.retention = .oneWeek }
        },
        BadInput("resource policy action without a service prefix", path: "S/Policy", mentions: ["'PutLogEvents'"]) {
            let (app, stack) = try appWithStack()
            _ = try Logs.ResourcePolicy(stack, "Policy") {
                $0.statements = [IAM.PolicyStatement(actions: ["PutLogEvents"], resources: ["*"], principals: [IAM.ServicePrincipal("es")])]
            }
            try app.synth()
        },
        BadInput("log group tagged with an aws: key", path: "S", mentions: ["'aws:logs'"]) {
            let (_, stack) = try appWithStack()
            _ = try Logs.LogGroup(stack, "Group")
            try Tags.of(stack).add("aws:logs", "x")
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }
}
