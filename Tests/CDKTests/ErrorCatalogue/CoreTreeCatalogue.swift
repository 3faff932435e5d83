import Testing
@testable import CDK

/// The construct tree, stacks, stages, environments and the app: each bad input names the
/// construct it is about.
@Suite struct CoreTreeCatalogue {
    static let cases: [BadInput] = [
        BadInput("empty construct id", path: "S", mentions: ["non-empty id", "'S'"]) {
            let (_, stack) = try appWithStack()
            _ = try Construct(stack, "")
        },
        BadInput("duplicate construct id", path: "S", mentions: ["'Twice'", "S/Twice"]) {
            let (_, stack) = try appWithStack()
            _ = try Construct(stack, "Twice")
            _ = try Construct(stack, "Twice")
        },
        BadInput("token as construct id", path: "S", mentions: ["tokens in construct ids"]) {
            let (_, stack) = try appWithStack()
            _ = try Construct(stack, Lazy.string { "x" })
        },
        BadInput("resource directly under the App", path: "Topic", mentions: ["'Topic'", "scope of a Stack", "the App"]) {
            let app = try makeApp()
            _ = try CfnResource(app, "Topic", type: "AWS::SNS::Topic")
        },
        BadInput("resource under a plain construct of the App", path: "Group/Topic", mentions: ["'Topic'", "'Group'"]) {
            let app = try makeApp()
            let group = try Construct(app, "Group")
            _ = try CfnResource(group, "Topic", type: "AWS::SNS::Topic")
        },
        BadInput("high-level resource directly under the App", path: "Thing", mentions: ["'Thing'", "scope of a Stack"]) {
            let app = try makeApp()
            _ = try Resource(app, "Thing")
        },
        BadInput("construct added after synth()", path: "S/Late", mentions: ["'S/Late'", "modified after the first synthesis"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "Early", type: "AWS::SNS::Topic")
            try app.synth()
            _ = try CfnResource(stack, "Late", type: "AWS::SNS::Topic")
            try app.synth()
        },
        BadInput("stage name starting with a digit", path: "9lives", mentions: ["\"9lives\""]) {
            let app = try makeApp()
            _ = try Stage(app, "9lives")
        },
        BadInput("stack name with invalid characters", path: "S", mentions: ["'bad_name!'"]) {
            let app = try makeApp()
            _ = try Stack(app, "S", stackName: "bad_name!")
        },
        BadInput("stack name too long", path: "S", mentions: ["<= 128 characters"]) {
            let app = try makeApp()
            _ = try Stack(app, "S", stackName: String(repeating: "a", count: 129))
        },
        BadInput("stack description too long", path: "S", mentions: ["2000 bytes", "1024"]) {
            let app = try makeApp()
            _ = try Stack(app, "S", description: String(repeating: "d", count: 2000))
        },
        BadInput("account of 4 digits", path: "S", mentions: ["'1234'", "12 digits"]) {
            _ = try appWithStack(env: Environment(account: "1234", region: "us-east-1"))
        },
        BadInput("account with a letter", path: "S", mentions: ["'12345678901a'", "12 digits"]) {
            _ = try appWithStack(env: Environment(account: "12345678901a", region: "us-east-1"))
        },
        BadInput("account of 13 digits", path: "S", mentions: ["'1234567890123'"]) {
            _ = try appWithStack(env: Environment(account: "1234567890123"))
        },
        BadInput("region that is a word", path: "S", mentions: ["'Europe'", "region name"]) {
            _ = try appWithStack(env: Environment(account: "123456789012", region: "Europe"))
        },
        BadInput("region with underscores", path: "S", mentions: ["'us_east_1'"]) {
            _ = try appWithStack(env: Environment(region: "us_east_1"))
        },
        BadInput("region in capitals", path: "S", mentions: ["'US-EAST-1'"]) {
            _ = try appWithStack(env: Environment(region: "US-EAST-1"))
        },
        BadInput("region without its number", path: "S", mentions: ["'eu-west'"]) {
            _ = try appWithStack(env: Environment(region: "eu-west"))
        },
        BadInput("region of a stage", path: "Prod", mentions: ["'mars-1'"]) {
            let app = try makeApp()
            let stage = try Stage(app, "Prod", env: Environment(region: "mars-1"))
            _ = try Stack(stage, "S")
        },
        BadInput("two stacks with one explicit stack name", path: "B", mentions: ["'Shared'", "'A'"]) {
            let app = try makeApp()
            _ = try Stack(app, "A", stackName: "Shared")
            _ = try Stack(app, "B", stackName: "Shared")
        },
        BadInput("stack name equal to another stack's id", path: "Other", mentions: ["'Data'", "'Data'"]) {
            let app = try makeApp()
            _ = try Stack(app, "Data")
            _ = try Stack(app, "Other", stackName: "Data")
        },
        BadInput("two stacks with one name in one explicit environment", path: "B", mentions: ["'Api'", "aws://123456789012/eu-west-1"]) {
            let app = try makeApp()
            let env = Environment(account: "123456789012", region: "eu-west-1")
            _ = try Stack(app, "A", env: env, stackName: "Api")
            _ = try Stack(app, "B", env: env, stackName: "Api")
        },
        BadInput("invalid CDK_CONTEXT_JSON", path: "", mentions: ["CDK_CONTEXT_JSON", "{bad", "Fix the JSON"]) {
            _ = try App(environment: ["CDK_CONTEXT_JSON": "{bad"])
        },
        BadInput("CDK_CONTEXT_JSON that is not an object", path: "", mentions: ["CDK_CONTEXT_JSON", "JSON object", "[1,2]"]) {
            _ = try App(environment: ["CDK_CONTEXT_JSON": "[1,2]"])
        },
        BadInput("nested stack outside any stack", path: "/N", mentions: ["'N'", "another non-nested stack"]) {
            let app = try makeApp()
            _ = try NestedStack(app, "N")
        },
        BadInput("exportValue of a plain string", path: "S", mentions: ["exportValue"]) {
            let (_, stack) = try appWithStack()
            try stack.exportValue("plain")
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) { input.check() }

    @Test func theSameStackNameInDifferentEnvironmentsIsAccepted() throws {
        let app = try makeApp()
        _ = try Stack(app, "A", env: Environment(account: "123456789012", region: "eu-west-1"), stackName: "Api")
        _ = try Stack(app, "B", env: Environment(account: "123456789012", region: "us-east-1"), stackName: "Api")
        try app.synth()
    }

    @Test func regionNamesOfEveryPartitionAreAccepted() throws {
        let app = try makeApp()
        for (index, region) in ["us-east-1", "us-gov-west-1", "cn-north-1", "ap-southeast-4", "il-central-1", "us-isob-east-1", "eusc-de-east-1"].enumerated() {
            _ = try Stack(app, "S\(index)", env: Environment(account: "123456789012", region: region))
        }
        _ = try Stack(app, "Tokens", env: Environment(account: Aws.accountId, region: Aws.region))
        try app.synth()
    }

    @Test func aSecondSynthWithoutChangesReturnsTheSameAssembly() throws {
        let (app, stack) = try appWithStack()
        _ = try CfnResource(stack, "T", type: "AWS::SNS::Topic")
        let first = try app.synth()
        let second = try app.synth()
        #expect(first.manifest == second.manifest)
    }

    @Test func aChangedTreeCanBeAcceptedExplicitly() throws {
        let (app, stack) = try appWithStack()
        try app.synth()
        _ = try CfnResource(stack, "Late", type: "AWS::SNS::Topic")
        #expect(throws: CDKError.self) { try app.synth() }
        _ = try app.synth(errorOnDuplicateSynth: false)
    }
}
