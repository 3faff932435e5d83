import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import ErrorCatalogueSupport
import Testing

/// The KMS part of the error catalogue: pending windows and key policies.
@Suite struct KMSErrorCatalogue {
    static let cases: [BadInput] = [
        BadInput("pending window of 1e19 days", path: "S/Key", mentions: ["pendingWindow", "10000000000000000000"]) {
            let (_, stack) = try appWithStack()
            _ = try KMS.Key(stack, "Key") { $0.pendingWindow = .days(1e19) }
        },
        BadInput("pending window infinite", path: "S/Key", mentions: ["pendingWindow", "Infinity"]) {
            let (_, stack) = try appWithStack()
            _ = try KMS.Key(stack, "Key") { $0.pendingWindow = .days(.infinity) }
        },
        BadInput("pending window NaN", path: "S/Key", mentions: ["pendingWindow", "NaN"]) {
            let (_, stack) = try appWithStack()
            _ = try KMS.Key(stack, "Key") { $0.pendingWindow = .days(.nan) }
        },
        BadInput("pending window of 36 hours", path: "S/Key", mentions: ["pendingWindow", "'36 hours'", "whole number of days"]) {
            let (_, stack) = try appWithStack()
            _ = try KMS.Key(stack, "Key") { $0.pendingWindow = .hours(36) }
        },
        BadInput("pending window of 3 days", path: "S/Key", mentions: ["between 7 and 30", "3"]) {
            let (_, stack) = try appWithStack()
            _ = try KMS.Key(stack, "Key") { $0.pendingWindow = .days(3) }
        },
        BadInput("key under the removed v1 defaultKeyPolicies flag", path: "S/Key", mentions: ["@aws-cdk/aws-kms:defaultKeyPolicies", "cdk.json"]) {
            let stack = try Stack(try App(context: ["@aws-cdk/aws-kms:defaultKeyPolicies": false], environment: [:]), "S")
            _ = try KMS.Key(stack, "Key")
        },
        BadInput("key policy action without a service prefix", path: "S/Key", mentions: ["'Decrypt'"]) {
            let (app, stack) = try appWithStack()
            let key = try KMS.Key(stack, "Key")
            _ = try key.addToResourcePolicy(IAM.PolicyStatement(actions: ["Decrypt"], resources: ["*"], principals: [IAM.AccountRootPrincipal()]))
            try app.synth()
        },
        BadInput("alias without a name", path: "S/Key/Alias", mentions: ["alias/"]) {
            let (_, stack) = try appWithStack()
            _ = try KMS.Key(stack, "Key") { $0.alias = "alias/" }
        },
        BadInput("alias with the reserved aws prefix", path: "S/Key/Alias", mentions: ["alias/aws/"]) {
            let (_, stack) = try appWithStack()
            _ = try KMS.Key(stack, "Key") { $0.alias = "alias/aws/mine" }
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func boundaryPendingWindowsPassAndLint() throws {
        let (_, stack) = try appWithStack()
        _ = try KMS.Key(stack, "Short") { $0.pendingWindow = .days(7) }
        _ = try KMS.Key(stack, "Long") { $0.pendingWindow = .hours(720) }
        try lint(stack)
    }

    @Test func extremePendingWindowsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("\(duration)") {
                let (app, stack) = try appWithStack()
                _ = try KMS.Key(stack, "Key") { $0.pendingWindow = duration }
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }
}
