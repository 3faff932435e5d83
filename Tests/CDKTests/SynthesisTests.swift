import Foundation
import Testing
@testable import CDK

@Suite struct SynthesisTests {
    @Test func defaultSynthesizerAddsBootstrapElementsAndManifestEntries() throws {
        let app = try makeApp()
        let stack = try Stack(app, "LowLevel")
        _ = try CfnResource(stack, "Q", type: "AWS::SQS::Queue")
        let assembly = try app.synth()
        let t = try #require(assembly.stack("LowLevel")?.template)
        #expect(t.objectValue?.keys == ["Resources", "Parameters", "Rules"])
        #expect(t["Parameters"]?["BootstrapVersion"]?["Default"] == "/cdk-bootstrap/hnb659fds/version")
        #expect(t["Rules"]?["CheckBootstrapVersion"]?["Assertions"]?[0]?["Assert"] == [
            "Fn::Not": [["Fn::Contains": [["1", "2", "3", "4", "5"], ["Ref": "BootstrapVersion"]]]],
        ])
        let artifacts = try #require(assembly.manifest["artifacts"]?.objectValue)
        #expect(artifacts.keys == ["LowLevel.assets", "LowLevel", "Tree"])
        let properties = try #require(artifacts["LowLevel"]?["properties"]?.objectValue)
        #expect(properties.keys == ["templateFile", "terminationProtection", "validateOnSynth", "assumeRoleArn", "cloudFormationExecutionRoleArn", "stackTemplateAssetObjectUrl", "requiresBootstrapStackVersion", "bootstrapStackVersionSsmParameter", "additionalDependencies", "lookupRole"])
        let templateText = try #require(assembly.files.first { $0.name == "LowLevel.template.json" }?.contents)
        #expect(properties["stackTemplateAssetObjectUrl"] == .string("s3://cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}/\(SHA256.hex(templateText.utf8)).json"))
        #expect(artifacts["LowLevel"]?["environment"] == "aws://unknown-account/unknown-region")
        #expect(artifacts["LowLevel"]?["displayName"] == "LowLevel")
        #expect(assembly.manifest["version"] == "55.0.0")
        #expect(Set(assembly.files.map(\.name)) == ["LowLevel.template.json", "LowLevel.assets.json", "LowLevel.metadata.json", "tree.json", "manifest.json", "cdk.out"])
    }

    @Test func assetDestinationIdsHashTheDestination() {
        let destination: JSONValue = [
            "bucketName": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}",
            "objectKey": "a167f2d64f49656a0e0dfa1e54e0b4b6d792d119947cb83fd74e96a6bacdcefc.json",
            "assumeRoleArn": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-file-publishing-role-${AWS::AccountId}-${AWS::Region}",
        ]
        // The AWS CDK named this destination current_account-current_region-269f7cba (conformance case 04).
        #expect(SHA256.hex(JSONWriter.compact(destination).utf8).prefix(8) == "269f7cba")
    }

    @Test func concreteEnvironmentsSpecializeRolesAndBuckets() throws {
        let app = try makeApp(context: [ContextKeys.bootstrapQualifier: "custom"])
        let stack = try Stack(app, "S", env: Environment(account: "222222222222", region: "ap-northeast-1"))
        _ = try CfnResource(stack, "Q", type: "AWS::SQS::Queue")
        let assembly = try app.synth()
        let properties = assembly.manifest["artifacts"]?["S"]?["properties"]
        #expect(properties?["assumeRoleArn"] == "arn:${AWS::Partition}:iam::222222222222:role/cdk-custom-deploy-role-222222222222-ap-northeast-1")
        #expect(assembly.manifest["artifacts"]?["S"]?["environment"] == "aws://222222222222/ap-northeast-1")
        let assets = try JSONParser.parse(try #require(assembly.files.first { $0.name == "S.assets.json" }?.contents))
        let destinations = try #require(assets["files"]?.objectValue?.values.first?["destinations"]?.objectValue)
        #expect(destinations.keys.first?.hasPrefix("222222222222-ap-northeast-1-") == true)
        #expect(destinations.values.first?["region"] == "ap-northeast-1")
        #expect(destinations.values.first?["bucketName"] == "cdk-custom-assets-222222222222-ap-northeast-1")
    }

    @Test func bootstraplessSynthesizerEmitsOnlyWhatTheAppDefined() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try CfnResource(stack, "Q", type: "AWS::SQS::Queue")
        let assembly = try app.synth()
        #expect(assembly.stack("S")?.template == ["Resources": ["Q": ["Type": "AWS::SQS::Queue"]]])
        #expect(assembly.manifest["artifacts"]?.objectValue?.keys == ["S", "Tree"])
        #expect(!assembly.files.contains { $0.name.hasSuffix(".assets.json") })
    }

    @Test func customSynthesizersPrepareTheTemplateThenWriteIt() throws {
        /// Adds an output in `prepare` and writes only the template.
        final class OutputAddingSynthesizer: StackSynthesizer {
            var preparedBeforeSynthesis = false
            func bind(_ stack: Stack) {}
            func prepare(_ stack: Stack) throws {
                _ = try CfnOutput(stack, "Prepared", value: "yes")
            }
            func synthesize(_ stack: Stack, into session: SynthesisSession) throws {
                let written = try session.writeTemplate(of: stack)
                preparedBeforeSynthesis = written.template["Outputs"]?["Prepared"] != nil
                #expect(written.sha256 == SHA256.hex(written.text.utf8))
            }
        }
        let app = try makeApp()
        let synthesizer = OutputAddingSynthesizer()
        let stack = try Stack(app, "S", synthesizer: synthesizer)
        _ = try CfnResource(stack, "Q", type: "AWS::SQS::Queue")
        let assembly = try app.synth()
        #expect(synthesizer.preparedBeforeSynthesis)
        #expect(assembly.files.map(\.name).contains("S.template.json"))
        #expect(assembly.manifest["artifacts"]?.objectValue?.keys == ["Tree"])
    }

    @Test func stagesGetNestedAssembliesAndDerivedNames() throws {
        let app = try makeApp()
        let prod = try Stage(app, "Prod", env: Environment(account: "111111111111", region: "eu-west-1"))
        let b = try Stack(prod, "B")
        let inner = try Stack(try Construct(app, "Group"), "Inner")
        #expect(b.artifactId == "ProdBF3C4D0C3")
        #expect(b.stackName == "Prod-B")
        #expect(b.environment == Environment(account: "111111111111", region: "eu-west-1"))
        #expect(inner.artifactId == "GroupInner92CB7A4B")
        #expect(inner.stackName == "GroupInner92CB7A4B")
        let assembly = try app.synth()
        #expect(assembly.manifest["artifacts"]?.objectValue?.keys == ["assembly-Prod", "GroupInner92CB7A4B.assets", "GroupInner92CB7A4B", "Tree"])
        #expect(assembly.manifest["artifacts"]?["assembly-Prod"] == ["type": "cdk:cloud-assembly", "properties": ["directoryName": "assembly-Prod", "displayName": "Prod"]])
        let nested = try #require(assembly.nestedAssemblies.first)
        #expect(nested.manifest["artifacts"]?["ProdBF3C4D0C3"]?["displayName"] == "Prod/B")
        #expect(nested.manifest["artifacts"]?["ProdBF3C4D0C3"]?["properties"]?["stackName"] == "Prod-B")
        #expect(nested.files.contains { $0.name == "ProdBF3C4D0C3.template.json" })
        #expect(nested.tree == nil && assembly.tree != nil)
        #expect(assembly.stack("Prod/B")?.id == "ProdBF3C4D0C3")
    }

    @Test func metadataFileListsLogicalIdsBreadthFirst() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let deep = try CfnResource(try Construct(stack, "Inbox"), "Resource", type: "AWS::SQS::Queue")
        _ = try CfnResource(stack, "Top", type: "AWS::SQS::Queue")
        Annotations.of(deep).addWarning("w")
        let artifact = try #require(try app.synth().stack("S"))
        #expect(artifact.metadata.map(\.path) == ["/S", "/S/Top", "/S/Inbox/Resource"])
        #expect(artifact.metadata[2].entries == [
            MetadataEntry(type: "aws:cdk:logicalId", data: "InboxA8E05DC3"),
            MetadataEntry(type: "aws:cdk:warning", data: "w"),
        ])
        #expect(artifact.path(ofLogicalId: "InboxA8E05DC3") == "/S/Inbox/Resource")
    }

    @Test func treeFileDescribesEveryConstruct() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try CfnResource(stack, "Q", type: "AWS::SQS::Queue")
        let tree = try #require(try app.synth().tree)
        #expect(tree["version"] == "tree-0.1")
        #expect(tree["tree"]?["id"] == "App")
        #expect(tree["tree"]?["children"]?.objectValue?.keys == ["S", "Tree"])
        #expect(tree["tree"]?["children"]?["S"]?["children"]?["Q"]?["attributes"] == [
            "aws:cdk:cloudformation:type": "AWS::SQS::Queue", "aws:cdk:cloudformation:logicalId": "Q",
        ])
    }

    @Test func treeFileHoldsEveryTopLevelConstructInOrder() throws {
        let app = try makeApp()
        let first = try bareStack(app, "First")
        _ = try CfnResource(try Construct(first, "Group"), "Q", type: "AWS::SQS::Queue")
        _ = try Construct(app, "Plain")
        _ = try Stack(try Stage(app, "Dev"), "Second", synthesizer: BootstraplessSynthesizer())
        let tree = try #require(try app.synth().tree)
        let children = tree["tree"]?["children"]
        #expect(children?.objectValue?.keys == ["First", "Plain", "Dev", "Tree"])
        #expect(children?["First"]?["children"]?["Group"]?["children"]?["Q"]?["path"] == "First/Group/Q")
        #expect(children?["Plain"]?["children"] == nil)
        #expect(children?["Dev"]?["children"]?["Second"]?["path"] == "Dev/Second")
        #expect(children?["Tree"]?["id"] == "Tree")

        let empty = try #require(try makeApp().synth().tree)
        #expect(empty["tree"]?["children"]?.objectValue?.keys == ["Tree"])
    }

    @Test func treeFileEscapesIdsAsTheJSONWriterDoes() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let ids = [#"Say "hi""#, #"back\slash"#, "tab\tand\nline", "bell\u{7}", "Bücher ✓"]
        for id in ids { _ = try CfnResource(stack, id, type: "AWS::SQS::Queue") }
        let assembly = try app.synth()
        let text = try #require(assembly.files.first { $0.name == "tree.json" }?.contents)
        let tree = try #require(assembly.tree)
        #expect(tree["tree"]?["children"]?["S"]?["children"]?.objectValue?.keys == ids)
        #expect(tree["tree"]?["children"]?["S"]?["children"]?[ids[0]]?["path"] == .string("S/" + ids[0]))
        // Written straight into the text: the same bytes as the JSON writer gives the parsed tree.
        #expect(text == JSONWriter.compact(tree))
        #expect(text.contains(#""id":"bell\u0007""#))
    }

    @Test func synthesisIsDeterministicAndWritesToDisk() throws {
        func build(_ outdir: String) throws -> CloudAssembly {
            let app = try App(outdir: outdir, environment: [:])
            let storage = try Stack(app, "Storage")
            let bucket = try CfnResource(try Construct(storage, "Data"), "Resource", type: "AWS::S3::Bucket")
            let compute = try Stack(try Stage(app, "Dev"), "Compute")
            _ = try CfnResource(compute, "Q", type: "AWS::SQS::Queue", properties: ["Name": .string("q-\(Aws.stackName)")])
            _ = bucket
            try Tags.of(app).add("b", "2")
            try Tags.of(app).add("a", "1")
            return try app.synth()
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("cdk-determinism-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let first = try build(base.appendingPathComponent("one").path)
        let second = try build(base.appendingPathComponent("two").path)
        #expect(first.files.map(\.name) == second.files.map(\.name))
        for (a, b) in zip(first.files, second.files) { #expect(a.contents == b.contents, "\(a.name) differs") }
        let written = try String(contentsOfFile: base.appendingPathComponent("one/Storage.template.json").path, encoding: .utf8)
        #expect(written == first.files.first { $0.name == "Storage.template.json" }?.contents)
        #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent("two/assembly-Dev/manifest.json").path))
        #expect(first.directory == base.appendingPathComponent("one").path)
    }

    @Test func unwritableOutputNamesTheFile() throws {
        let outdir = FileManager.default.temporaryDirectory.appendingPathComponent("cdk-unwritable-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outdir) }
        // A folder where the manifest should go makes the file impossible to write.
        try FileManager.default.createDirectory(at: outdir.appendingPathComponent("manifest.json"), withIntermediateDirectories: true)
        let app = try App(outdir: outdir.path, environment: [:])
        _ = try bareStack(app, "S")
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.code == "FileWriteFailed")
        #expect(error?.message.contains(outdir.appendingPathComponent("manifest.json").path) == true)
    }

    @Test func synthesisIsCached() throws {
        let app = try makeApp()
        _ = try bareStack(app, "S")
        #expect(try app.synth() === app.synth())
    }

    @Test func contextComesFromDefaultsThenCLIThenPostCLI() throws {
        let app = try App(
            context: ["a": "default", "b": "default", "c": "default"],
            postCliContext: ["c": "post"],
            environment: ["CDK_CONTEXT_JSON": #"{"b":"cli","c":"cli"}"#, "CDK_OUTDIR": "/tmp/somewhere"])
        #expect(app.node.tryGetContext("a") == "default")
        #expect(app.node.tryGetContext("b") == "cli")
        #expect(app.node.tryGetContext("c") == "post")
        #expect(app.outdir == "/tmp/somewhere")
        #expect(throws: CDKError.self) { try App(environment: ["CDK_CONTEXT_JSON": "{nope"]) }
    }

    @Test func pathMetadataIsAddedWhenTheCLIAsksForIt() throws {
        let app = try makeApp(context: [ContextKeys.pathMetadata: true])
        let stack = try bareStack(app, "S")
        _ = try CfnResource(stack, "Q", type: "AWS::SQS::Queue")
        #expect(try template(of: stack)["Resources"]?["Q"]?["Metadata"] == ["aws:cdk:path": "S/Q"])
    }

    @Test func terminationProtectionAndStackNameInManifest() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S", stackName: "custom-name", terminationProtection: true)
        _ = try CfnResource(stack, "Q", type: "AWS::SQS::Queue")
        let properties = try app.synth().manifest["artifacts"]?["S"]?["properties"]
        #expect(properties?["terminationProtection"] == true)
        #expect(properties?["stackName"] == "custom-name")
    }

    @Test func explicitStackDependenciesAppearInTheManifest() throws {
        let app = try makeApp()
        let a = try Stack(app, "A")
        let b = try Stack(app, "B")
        try b.addDependency(a)
        let error = #expect(throws: CDKError.self) { try a.addDependency(b) }
        #expect(error?.message.hasPrefix("'B' depends on 'A' ({B}.addDependency({A})). Adding this dependency ({A}.addDependency({B})) would create a cyclic reference.") == true)
        #expect(try app.synth().manifest["artifacts"]?["B"]?["dependencies"] == ["A", "B.assets"])
    }

    @Test func constructDependenciesBecomeDependsOnOrStackDependencies() throws {
        let app = try makeApp()
        let s1 = try bareStack(app, "S1")
        let s2 = try bareStack(app, "S2")
        let group = try Construct(s1, "Group")
        let a = try CfnResource(group, "A", type: "AWS::SNS::Topic")
        let b = try CfnResource(group, "B", type: "AWS::SNS::Topic")
        let consumer = try CfnResource(s1, "Consumer", type: "AWS::SQS::Queue")
        let remote = try CfnResource(s2, "Remote", type: "AWS::SQS::Queue")
        consumer.node.addDependency(group)
        remote.node.addDependency(a)
        let assembly = try app.synth()
        let dependsOn = assembly.stack("S1")?.template["Resources"]?["Consumer"]?["DependsOn"]
        #expect(dependsOn == [.string(try s1.getLogicalId(a)), .string(try s1.getLogicalId(b))])
        #expect(s2.dependencies.map(\.node.id) == ["S1"])
    }
}
