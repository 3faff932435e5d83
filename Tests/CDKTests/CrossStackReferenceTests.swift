import Testing
@testable import CDK

@Suite struct CrossStackReferenceTests {
    /// `Storage/Data/Resource` (a bucket) and `Compute`, which uses its ARN and name.
    private func twoStacks(context: [String: JSONValue] = [:]) throws -> (App, Stack, Stack, CfnResource) {
        let app = try makeApp(context: context)
        let storage = try Stack(app, "Storage")
        let bucket = try CfnResource(try Construct(storage, "Data"), "Resource", type: "AWS::S3::Bucket")
        let compute = try Stack(app, "Compute")
        _ = try CfnResource(compute, "Fn", type: "AWS::Lambda::Function", properties: [
            "Arn": .string(bucket.getAtt("Arn").toString()),
            "Name": .string("name-\(bucket.ref)"),
        ])
        return (app, storage, compute, bucket)
    }

    @Test func strongReferencesBecomeExportsAndImports() throws {
        let (app, storage, compute, _) = try twoStacks()
        let assembly = try app.synth()
        let outputs = assembly.stack("Storage")?.template["Outputs"]?.objectValue
        #expect(outputs?.keys == ["ExportsOutputFnGetAttData666C94C7Arn0D7E21B7", "ExportsOutputRefData666C94C774A46B8E"])
        #expect(outputs?["ExportsOutputFnGetAttData666C94C7Arn0D7E21B7"] == [
            "Value": ["Fn::GetAtt": ["Data666C94C7", "Arn"]],
            "Export": ["Name": "Storage:ExportsOutputFnGetAttData666C94C7Arn0D7E21B7"],
        ])
        let properties = assembly.stack("Compute")?.template["Resources"]?["Fn"]?["Properties"]
        #expect(properties?["Arn"] == ["Fn::ImportValue": "Storage:ExportsOutputFnGetAttData666C94C7Arn0D7E21B7"])
        #expect(properties?["Name"] == ["Fn::Join": ["", ["name-", ["Fn::ImportValue": "Storage:ExportsOutputRefData666C94C774A46B8E"]]]])
        #expect(compute.dependencies.map(\.node.id) == ["Storage"])
        #expect(storage.dependencies.isEmpty)
        let manifest = assembly.manifest["artifacts"]?["Compute"]?["dependencies"]
        #expect(manifest == ["Storage", "Compute.assets"])
    }

    @Test func anUnsetStrengthWarnsOncePerApp() throws {
        let (app, _, _, _) = try twoStacks()
        let messages = try app.synth().messages
        #expect(messages.count == 1)
        #expect(messages.first?.path == "/Compute")
        #expect(messages.first?.level == .warning)
        #expect(messages.first?.message.hasSuffix("[ack: @aws-cdk/core:crossStackReferencesDefaultStrong]") == true)
        let (explicit, _, _, _) = try twoStacks(context: [ContextKeys.defaultCrossStackReferences: "strong"])
        #expect(try explicit.synth().messages.isEmpty)
    }

    @Test func weakReferencesUseGetStackOutput() throws {
        let (app, _, _, _) = try twoStacks(context: [ContextKeys.defaultCrossStackReferences: "weak"])
        let assembly = try app.synth()
        let outputs = assembly.stack("Storage")?.template["Outputs"]?.objectValue
        #expect(outputs?.keys.first == "PublishOutputFnGetAttData666C94C7Arn14D6E0D7")
        #expect(outputs?["PublishOutputFnGetAttData666C94C7Arn14D6E0D7"]?["Export"] == nil)
        #expect(assembly.stack("Compute")?.template["Resources"]?["Fn"]?["Properties"]?["Arn"] == [
            "Fn::GetStackOutput": ["StackName": "Storage", "Region": ["Ref": "AWS::Region"], "OutputName": "PublishOutputFnGetAttData666C94C7Arn14D6E0D7"],
        ])
    }

    @Test func cyclesAreErrorsNamingBothPaths() throws {
        let app = try makeApp()
        let a = try Stack(app, "A")
        let b = try Stack(app, "B")
        let ta = try CfnResource(try Construct(a, "T"), "Resource", type: "AWS::SNS::Topic")
        let tb = try CfnResource(try Construct(b, "T"), "Resource", type: "AWS::SNS::Topic")
        _ = try CfnResource(a, "UsesB", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(tb.ref)])
        _ = try CfnResource(b, "UsesA", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(ta.ref)])
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.message.hasPrefix("'A' depends on 'B' (A -> B/T/Resource.Ref). Adding this dependency (B -> A/T/Resource.Ref) would create a cyclic reference.") == true)
    }

    @Test func referencesAcrossAppsAreErrors() throws {
        let app1 = try makeApp()
        let app2 = try makeApp()
        let topic = try CfnResource(try Stack(app1, "P"), "T", type: "AWS::SNS::Topic")
        _ = try CfnResource(try Stack(app2, "C"), "Sub", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(topic.ref)])
        let error = #expect(throws: CDKError.self) { try app2.synth() }
        #expect(error?.message.hasPrefix("Cannot reference across apps.") == true)
        #expect(error?.message.contains("'C/Sub' uses 'P/T.Ref'") == true)
    }

    @Test func referencesAcrossStagesAreErrors() throws {
        let app = try makeApp()
        let topic = try CfnResource(try Stack(app, "A"), "T", type: "AWS::SNS::Topic")
        let stage = try Stage(app, "Prod")
        _ = try CfnResource(try Stack(stage, "B"), "Sub", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(topic.ref)])
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.message.hasPrefix("You cannot have a dependency from 'Prod/B' (in Stage 'Prod') to 'A' (in the App): dependency cannot cross stage boundaries") == true)
    }

    @Test func referencesAcrossEnvironmentsAreErrors() throws {
        let app = try makeApp()
        let topic = try CfnResource(try Stack(app, "A", env: Environment(account: "111111111111", region: "eu-west-1")), "T", type: "AWS::SNS::Topic")
        // Across accounts within a region is a reference (CrossAccountReferenceTests); across regions is not.
        _ = try CfnResource(try Stack(app, "B", env: Environment(account: "111111111111", region: "us-east-1")), "Sub", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(topic.ref)])
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.code == "CrossEnvironmentReference")
        #expect(error?.message.contains("'B/Sub' in stack 'B' (aws://111111111111/us-east-1) uses 'A/T.Ref' from stack 'A' (aws://111111111111/eu-west-1)") == true)

        let app2 = try makeApp()
        let t2 = try CfnResource(try Stack(app2, "A", env: Environment(region: "eu-west-1")), "T", type: "AWS::SNS::Topic")
        _ = try CfnResource(try Stack(app2, "B"), "Sub", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(t2.ref)])
        let unknown = #expect(throws: CDKError.self) { try app2.synth() }
        #expect(unknown?.message.hasPrefix("Cross stack/region references are only supported for stacks with an explicit region defined.") == true)
    }

    @Test func stacksInsideOneStageMayReferenceEachOther() throws {
        let app = try makeApp()
        let stage = try Stage(app, "Prod", env: Environment(account: "222222222222", region: "ap-northeast-1"))
        let shared = try Stack(stage, "Shared")
        let topic = try CfnResource(try Construct(shared, "Orders"), "Resource", type: "AWS::SNS::Topic")
        let worker = try Stack(stage, "Worker")
        _ = try CfnResource(worker, "Sub", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(topic.ref)])
        let assembly = try app.synth()
        let nested = assembly.nestedAssemblies.first
        #expect(nested?.artifactId == "assembly-Prod")
        let consumer = nested?.stack("ProdWorkerE3809C6F")
        #expect(consumer?.template["Resources"]?["Sub"]?["Properties"]?["TopicArn"] == ["Fn::ImportValue": "Prod-Shared:ExportsOutputRefOrdersA9B6533847015BBC"])
        #expect(consumer?.dependencies == ["ProdShared93D7F332"])
    }

    @Test func exportValueWithAndWithoutName() throws {
        let app = try makeApp()
        let stack = try Stack(app, "Storage")
        let bucket = try CfnResource(try Construct(stack, "Data"), "Resource", type: "AWS::S3::Bucket")
        let imported = try stack.exportValue(bucket.getAtt("Arn").toString())
        #expect(try stack.resolve(.string(imported)) == ["Fn::ImportValue": "Storage:ExportsOutputFnGetAttData666C94C7Arn0D7E21B7"])
        let named = try stack.exportValue(bucket.ref, name: "bucket-name")
        #expect(try stack.resolve(.string(named)) == ["Fn::ImportValue": "bucket-name"])
        #expect(throws: CDKError.self) { try stack.exportValue("literal") }
        let outputs = try template(of: stack)["Outputs"]?.objectValue
        #expect(outputs?["Exportbucketname"]?["Export"] == ["Name": "bucket-name"])
    }

    @Test func listAttributesAreExportedJoined() throws {
        let app = try makeApp(context: [ContextKeys.defaultCrossStackReferences: "strong"])
        let producer = try Stack(app, "P")
        let endpoint = try CfnResource(producer, "E", type: "AWS::EC2::VPCEndpoint")
        let consumer = try Stack(app, "C")
        _ = try CfnResource(consumer, "R", type: "AWS::SNS::Topic", properties: ["Dns": endpoint.getAtt("DnsEntries", typeHint: .stringList).toList().jsonValue])
        let assembly = try app.synth()
        let output = assembly.stack("P")?.template["Outputs"]?.objectValue?.values.first
        #expect(output?["Value"] == ["Fn::Join": ["||", ["Fn::GetAtt": ["E", "DnsEntries"]]]])
        let dns = assembly.stack("C")?.template["Resources"]?["R"]?["Properties"]?["Dns"]
        #expect(dns?["Fn::Split"]?[0] == "||")
    }
}
