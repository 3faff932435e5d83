import Testing
@testable import CDK

/// Template elements, tags, tokens and dependencies: each bad input is reported at the
/// element it is about, at construction or at synthesis.
@Suite struct CoreElementCatalogue {
    struct Oops: Error {}

    static let cases: [BadInput] = [
        BadInput("resource type empty", path: "S/R", mentions: ["`type`", "'R'"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "")
        },
        BadInput("resource type NotAType", path: "S/R", mentions: ["'NotAType'", "Vendor::Service::Type"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "NotAType")
        },
        BadInput("resource type with four parts", path: "S/R", mentions: ["'AWS::S3::Bucket::Policy'"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::S3::Bucket::Policy")
        },
        BadInput("resource type with a space", path: "S/R", mentions: ["'AWS::S3:: Bucket'"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::S3:: Bucket")
        },
        BadInput("custom resource type without a name", path: "S/R", mentions: ["'Custom::'"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "Custom::")
        },
        BadInput("resource type with single colons", path: "S/R", mentions: ["'AWS:SNS:Topic'"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS:SNS:Topic")
        },
        BadInput("custom resource of a type without Custom::", path: "S/C", mentions: ["\"Custom::\"", "NotCustom"]) {
            let (_, stack) = try appWithStack()
            _ = try CustomResource(stack, "C", serviceToken: "arn:aws:sns:us-east-1:123456789012:t", resourceType: "NotCustom")
        },
        BadInput("parameter type Strin", path: "S/P", mentions: ["'Strin'", "parameter type"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnParameter(stack, "P", type: "Strin")
        },
        BadInput("parameter type in lowercase", path: "S/P", mentions: ["'string'"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnParameter(stack, "P", type: "string")
        },
        BadInput("parameter type List of a plain type", path: "S/P", mentions: ["'List<String>'"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnParameter(stack, "P", type: "List<String>")
        },
        BadInput("parameter type changed after creation", path: "S/P", mentions: ["'Nmber'"]) {
            let (app, stack) = try appWithStack()
            let parameter = try CfnParameter(stack, "P", type: "Number")
            parameter.type = "Nmber"
            try app.synth()
        },
        BadInput("logical id override with a hyphen", path: "S/R", mentions: ["'not-valid'", "S/R"]) {
            let (app, stack) = try appWithStack()
            try CfnResource(stack, "R", type: "AWS::SNS::Topic").overrideLogicalId("not-valid")
            try app.synth()
        },
        BadInput("logical id override of 300 characters", path: "S/R", mentions: ["{1,255}", "S/R"]) {
            let (app, stack) = try appWithStack()
            try CfnResource(stack, "R", type: "AWS::SNS::Topic").overrideLogicalId(String(repeating: "A", count: 300))
            try app.synth()
        },
        BadInput("logical id renamed to an invalid one", path: "S/R", mentions: ["'bad id'"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic")
            stack.renameLogicalId("R", "bad id")
            try app.synth()
        },
        BadInput("construct id without a letter or digit", path: "S/---", mentions: ["''", "S/---"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "---", type: "AWS::SNS::Topic")
            try app.synth()
        },
        BadInput("two elements with one logical id", path: "S/B", mentions: ["'Same'"]) {
            let (app, stack) = try appWithStack()
            try CfnResource(stack, "A", type: "AWS::SNS::Topic").overrideLogicalId("Same")
            try CfnResource(stack, "B", type: "AWS::SNS::Topic").overrideLogicalId("Same")
            try app.synth()
        },
        BadInput("rename of a logical id that does not exist", path: "S", mentions: ["Nope"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic")
            stack.renameLogicalId("Nope", "Other")
            try app.synth()
        },
        BadInput("duplicate export name in one stack", path: "S/B", mentions: ["'Shared'", "S/A"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnOutput(stack, "A", value: "a", exportName: "Shared")
            _ = try CfnOutput(stack, "B", value: "b", exportName: "Shared")
            try app.synth()
        },
        BadInput("duplicate export name in two stacks of one environment", path: "T/B", mentions: ["'Shared'", "S/A"]) {
            let app = try makeApp()
            let env = Environment(account: "123456789012", region: "eu-west-1")
            _ = try CfnOutput(try bareStack(app, "S", env: env), "A", value: "a", exportName: "Shared")
            _ = try CfnOutput(try bareStack(app, "T", env: env), "B", value: "b", exportName: "Shared")
            try app.synth()
        },
        BadInput("export name longer than 255", path: "S/Out", mentions: ["300 characters", "255"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnOutput(stack, "Out", value: "v", exportName: String(repeating: "e", count: 300))
            try app.synth()
        },
        BadInput("output description longer than 1024 bytes", path: "S/Out", mentions: ["1100 bytes", "1024"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnOutput(stack, "Out", value: "v", description: String(repeating: "d", count: 1_100))
            try app.synth()
        },
        BadInput("importValue of an output without export name", path: "S/Out", mentions: ["exportName"]) {
            let (_, stack) = try appWithStack()
            _ = try CfnOutput(stack, "Out", value: "v").importValue()
        },
        BadInput("DependsOn cycle between two resources", path: "S/B", mentions: ["'S/B'", "'S/A'", "cycle"]) {
            let (_, stack) = try appWithStack()
            let a = try CfnResource(stack, "A", type: "AWS::SNS::Topic")
            let b = try CfnResource(stack, "B", type: "AWS::SNS::Topic")
            try a.addDependency(b)
            try b.addDependency(a)
        },
        BadInput("DependsOn cycle through three resources", path: "S/C", mentions: ["'S/C' -> 'S/A' -> 'S/B' -> 'S/C'"]) {
            let (_, stack) = try appWithStack()
            let a = try CfnResource(stack, "A", type: "AWS::SNS::Topic")
            let b = try CfnResource(stack, "B", type: "AWS::SNS::Topic")
            let c = try CfnResource(stack, "C", type: "AWS::SNS::Topic")
            try a.addDependency(b)
            try b.addDependency(c)
            try c.addDependency(a)
        },
        BadInput("DependsOn cycle through construct dependencies", path: "S/Second/R", mentions: ["cycle", "'S/First/R'"]) {
            let (app, stack) = try appWithStack()
            let first = try Construct(stack, "First")
            let second = try Construct(stack, "Second")
            _ = try CfnResource(first, "R", type: "AWS::SNS::Topic")
            _ = try CfnResource(second, "R", type: "AWS::SNS::Topic")
            first.node.addDependency(second)
            second.node.addDependency(first)
            try app.synth()
        },
        BadInput("Fn.select out of range on a literal list", path: "S/R", mentions: ["index 3", "[\"a\",\"b\"]", "2 elements"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string(Fn.select(3, ["a", "b"]))])
            try app.synth()
        },
        BadInput("Fn.select with a negative index on a literal list", path: "S/R", mentions: ["index -1"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string(Fn.select(-1, ["a"]))])
            try app.synth()
        },
        BadInput("Fn.select with a negative index on a token list", path: "S/R", mentions: ["index -2", "negative"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string(Fn.select(-2, Fn.getAzs()))])
            try app.synth()
        },
        BadInput("Fn.split with a negative assumed length", path: "S/R", mentions: ["assumedLength", "-1"]) {
            let (app, stack) = try appWithStack()
            let parts = Fn.split(",", Fn.importValue("List"), assumedLength: -1)
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string(parts[0])])
            try app.synth()
        },
        BadInput("Fn.importListValue with Int.max elements", path: "S/R", mentions: ["assumedLength", "\(Int.max)"]) {
            let (app, stack) = try appWithStack()
            let parts = Fn.importListValue("List", assumedLength: Int.max)
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string(parts[0])])
            try app.synth()
        },
        BadInput("unregistered token string", path: "S/R", mentions: ["${Token[Bucket.Arn.987654]}", "copied"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": "prefix-${Token[Bucket.Arn.987654]}"])
            try app.synth()
        },
        BadInput("token string with an overlong index", path: "S/R", mentions: ["${Token[X.99999999999999999999999999999]}"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": "${Token[X.99999999999999999999999999999]}"])
            try app.synth()
        },
        BadInput("unregistered token in an output", path: "S/Out", mentions: ["${Token[TOKEN.123456]}"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnOutput(stack, "Out", value: "${Token[TOKEN.123456]}")
            try app.synth()
        },
        BadInput("lazy value that throws a CDKError", path: "S/R", mentions: ["no name yet"]) {
            let (app, stack) = try appWithStack()
            let name = Lazy.string { throw CDKError(code: "Test", message: "no name yet") }
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string(name)])
            try app.synth()
        },
        BadInput("lazy value that throws another error", path: "S/R", mentions: ["Rendering failed", "Oops"]) {
            let (app, stack) = try appWithStack()
            let name = Lazy.string { throw Oops() }
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string(name)])
            try app.synth()
        },
        BadInput("lazy number that throws in an output", path: "S/Out", mentions: ["count unknown"]) {
            let (app, stack) = try appWithStack()
            let count = Lazy.number { throw CDKError(code: "Test", message: "count unknown") }
            _ = try CfnOutput(stack, "Out", value: Token.asString(count))
            try app.synth()
        },
        BadInput("lazy value in a parameter default that throws", path: "S/P", mentions: ["no default"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnParameter(stack, "P", default: .string(Lazy.string { throw CDKError(code: "Test", message: "no default") }))
            try app.synth()
        },
        BadInput("list token inside a string", path: "S/R", mentions: ["list token"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "R", type: "AWS::SNS::Topic", properties: ["TopicName": .string("azs-\(Fn.getAzs()[0])")])
            try app.synth()
        },
        BadInput("empty tag key from Tags.of", path: "S", mentions: ["non-empty", "'v'"]) {
            let (_, stack) = try appWithStack()
            try Tags.of(stack).add("", "v")
        },
        BadInput("tag key with the aws: prefix", path: "S", mentions: ["'aws:createdBy'", "reserves"]) {
            let (_, stack) = try appWithStack()
            try Tags.of(stack).add("aws:createdBy", "me")
        },
        BadInput("tag key with the AWS: prefix in capitals on the app", path: "", mentions: ["'AWS:Team'"]) {
            let app = try makeApp()
            try Tags.of(app).add("AWS:Team", "x")
        },
        BadInput("empty tag key of a stack", path: "S", mentions: ["non-empty", "'v'"]) {
            let app = try makeApp()
            _ = try Stack(app, "S", tags: ["": "v"])
        },
        BadInput("aws: tag key of a stack", path: "S", mentions: ["'aws:cloudformation:stack-name'"]) {
            let app = try makeApp()
            _ = try Stack(app, "S", tags: ["aws:cloudformation:stack-name": "x"])
        },
        BadInput("aws: tag key given to a resource", path: "S/Topic", mentions: ["'aws:owner'"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "Topic", type: "AWS::SNS::Topic",
                                tags: TagManager(.standard, resourceType: "AWS::SNS::Topic", initialTags: [CfnTag(key: "aws:owner", value: "me")]))
            try app.synth()
        },
        BadInput("empty tag key given to a resource", path: "S/Topic", mentions: ["non-empty", "'me'"]) {
            let (app, stack) = try appWithStack()
            _ = try CfnResource(stack, "Topic", type: "AWS::SNS::Topic",
                                tags: TagManager(.standard, resourceType: "AWS::SNS::Topic", initialTags: [CfnTag(key: "", value: "me")]))
            try app.synth()
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) { input.check() }

    @Test func validTypesAndParametersAreAccepted() throws {
        let (app, stack) = try appWithStack()
        for (index, type) in ["AWS::SNS::Topic", "Custom::My-Thing_1", "Alexa::ASK::Skill", "My::Org::Thing::MODULE"].enumerated() {
            _ = try CfnResource(stack, "R\(index)", type: type)
        }
        for (index, type) in ["String", "Number", "List<Number>", "CommaDelimitedList", "AWS::EC2::VPC::Id",
                              "List<AWS::EC2::Subnet::Id>", "AWS::SSM::Parameter::Value<String>"].enumerated() {
            _ = try CfnParameter(stack, "P\(index)", type: type)
        }
        _ = try CfnResource(stack, "Selected", type: "AWS::SNS::Topic", properties: ["TopicName": .string(Fn.select(1, ["a", "b"]))])
        try app.synth()
    }
}
