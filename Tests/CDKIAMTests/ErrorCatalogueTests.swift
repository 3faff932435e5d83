import CDK
import CDKAssertions
import CDKIAM
import ErrorCatalogueSupport
import Testing

/// The IAM part of the error catalogue: roles' props, actions and principals that IAM would
/// refuse at deployment are errors that name the role or policy.
@Suite struct IAMErrorCatalogue {
    static func role(_ stack: Stack, _ principal: any IAM.Principal = IAM.ServicePrincipal("lambda.amazonaws.com"),
                     configure: (inout IAM.RoleProps) throws -> Void = { _ in }) throws -> IAM.Role {
        try IAM.Role(stack, "Role", .init(assumedBy: principal), configure: configure)
    }

    static func statement(_ actions: [String], notActions: [String] = []) -> IAM.PolicyStatement {
        IAM.PolicyStatement(actions: actions, notActions: notActions, resources: ["*"])
    }

    static let cases: [BadInput] = [
        BadInput("role max session duration infinite", path: "S/Role", mentions: ["maxSessionDuration", "Infinity"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.maxSessionDuration = .hours(.infinity) }
        },
        BadInput("role max session duration NaN", path: "S/Role", mentions: ["maxSessionDuration", "NaN"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.maxSessionDuration = .hours(.nan) }
        },
        BadInput("role max session duration negative", path: "S/Role", mentions: ["maxSessionDuration", "negative"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.maxSessionDuration = .hours(-2) }
        },
        BadInput("role max session duration of 1500 milliseconds", path: "S/Role", mentions: ["maxSessionDuration", "'1500 milliseconds'", "whole number of seconds"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.maxSessionDuration = .millis(1500) }
        },
        BadInput("role max session duration of 13 hours", path: "S/Role", mentions: ["46800", "43200"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.maxSessionDuration = .hours(13) }
        },
        BadInput("role max session duration of 1e19 days", path: "S/Role", mentions: ["maxSessionDuration", "8.64e+23"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.maxSessionDuration = .days(1e19) }
        },
        BadInput("role name with a space", path: "S/Role", mentions: ["'my role'"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.roleName = "my role" }
        },
        BadInput("role path without slashes", path: "S/Role", mentions: ["path"]) {
            let (_, stack) = try appWithStack()
            _ = try role(stack) { $0.path = "nopath" }
        },
        BadInput("action without a service prefix", path: "S/Role/DefaultPolicy", mentions: ["'GetObject'", "service namespace"]) {
            let (app, stack) = try appWithStack()
            try role(stack).addToPolicy(statement(["GetObject"]))
            try app.synth()
        },
        BadInput("action with a space", path: "S/Role/DefaultPolicy", mentions: ["'s3:Get Object'"]) {
            let (app, stack) = try appWithStack()
            try role(stack).addToPolicy(statement(["s3:Get Object"]))
            try app.synth()
        },
        BadInput("action with an empty name", path: "S/Role/DefaultPolicy", mentions: ["'s3:'"]) {
            let (app, stack) = try appWithStack()
            try role(stack).addToPolicy(statement(["s3:"]))
            try app.synth()
        },
        BadInput("notAction without a service prefix", path: "S/Role/DefaultPolicy", mentions: ["'DeleteBucket'"]) {
            let (app, stack) = try appWithStack()
            try role(stack).addToPolicy(statement([], notActions: ["DeleteBucket"]))
            try app.synth()
        },
        BadInput("action without prefix in an inline policy", path: "S/Role", mentions: ["'PutItem'"]) {
            let (app, stack) = try appWithStack()
            _ = try role(stack) { $0.inlinePolicies = ["Data": IAM.PolicyDocument(statements: [statement(["PutItem"])])] }
            try app.synth()
        },
        BadInput("action without prefix in a managed policy", path: "S/Managed", mentions: ["'ListBucket'"]) {
            let (app, stack) = try appWithStack()
            _ = try IAM.ManagedPolicy(stack, "Managed") { $0.statements = [statement(["ListBucket"])] }
            try app.synth()
        },
        BadInput("action without prefix in a policy", path: "S/Policy", mentions: ["'Publish'"]) {
            let (app, stack) = try appWithStack()
            _ = try IAM.Policy(stack, "Policy") {
                $0.statements = [statement(["Publish"])]
                $0.roles = [try role(stack)]
            }
            try app.synth()
        },
        BadInput("empty service principal", path: "S/Role", mentions: ["empty service"]) {
            let (app, stack) = try appWithStack()
            _ = try role(stack, IAM.ServicePrincipal(""))
            try app.synth()
        },
        BadInput("service principal with a space", path: "S/Role", mentions: ["'lambda amazonaws.com'"]) {
            let (app, stack) = try appWithStack()
            _ = try role(stack, IAM.ServicePrincipal("lambda amazonaws.com"))
            try app.synth()
        },
        BadInput("statement without actions", path: "S/Role/DefaultPolicy", mentions: ["at least one 'action'"]) {
            let (app, stack) = try appWithStack()
            try role(stack).addToPolicy(IAM.PolicyStatement(resources: ["*"]))
            try app.synth()
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func validActionsAndPrincipalsPassAndLint() throws {
        let (_, stack) = try appWithStack()
        let role = try Self.role(stack, IAM.CompositePrincipal(
            IAM.ServicePrincipal("lambda"), IAM.AccountPrincipal("123456789012"), IAM.ArnPrincipal("arn:aws:iam::123456789012:role/Other"),
            IAM.AccountRootPrincipal())) { $0.maxSessionDuration = .hours(12) }
        try role.addToPolicy(Self.statement(["s3:GetObject", "s3:List*", "execute-api:Invoke", "*"]))
        try lint(stack)
    }

    @Test func extremeSessionDurationsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("\(duration)") {
                let (app, stack) = try appWithStack()
                _ = try Self.role(stack) { $0.maxSessionDuration = duration }
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }
}
