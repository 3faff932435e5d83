import Foundation
import Testing
@testable import CDK

/// The core's custom resource provider and custom resource: rendering, singletons, the uploaded
/// folder, and bad input. The templates of the library's providers against the AWS CDK's are
/// tested with them (Tests/CDKS3Tests/AutoDeleteObjectsTests.swift,
/// Tests/GeneratedL1Tests/RestrictDefaultSecurityGroupTests.swift).
@Suite struct CustomResourceProviderTests {
    static let code = CustomResourceProviderCode.files(["index.js": "exports.handler = async () => ({});\n"])

    private func resources(_ stack: Stack) throws -> JSONObject {
        guard case .object(let resources)? = try template(of: stack)["Resources"] else { return [:] }
        return resources
    }

    @Test func providerRendersARoleAndAFunctionWithTheAWSCDKsIds() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let provider = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::Greeting", props: .init(
            code: Self.code, runtime: .nodejs22x, description: "Greets",
            timeout: .minutes(5), memorySize: .mebibytes(256), environment: ["NAME": "World", "A": "1"]))
        let resources = try resources(stack)
        let roleId = try stack.logicalIdOf(provider.roleResource)
        let handlerId = try stack.logicalIdOf(provider.handlerResource)
        #expect(roleId.hasPrefix("CustomGreetingCustomResourceProviderRole"))
        #expect(handlerId.hasPrefix("CustomGreetingCustomResourceProviderHandler"))
        #expect(resources[roleId]?["Properties"]?["Policies"] == nil, "no inline policy without statements")
        let function = resources[handlerId]
        #expect(function?["DependsOn"] == [.string(roleId)])
        let properties = function?["Properties"]
        #expect(properties?["Handler"] == "__entrypoint__.handler")
        #expect(properties?["Runtime"] == "nodejs22.x")
        #expect(properties?["Timeout"] == 300)
        #expect(properties?["MemorySize"] == 256)
        #expect(properties?["Description"] == "Greets")
        #expect(properties?["Environment"] == ["Variables": ["A": "1", "AWS_STS_REGIONAL_ENDPOINTS": "regional", "NAME": "World"]])
        #expect(properties?["Role"] == ["Fn::GetAtt": [.string(roleId), "Arn"]])
        #expect(properties?["Code"]?["S3Key"] == .string("\(provider.codeHash).zip"))
        guard case .object(let keys)? = properties else { Issue.record("no properties"); return }
        #expect(keys.keys == ["Code", "Timeout", "MemorySize", "Handler", "Role", "Runtime", "Environment", "Description"])
    }

    @Test func providerIsOnePerStackAndKeepsItsFirstProps() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let child = try Construct(stack, "Child")
        let first = try CustomResourceProvider.getOrCreate(child, uniqueId: "Custom::X", props: .init(code: Self.code, runtime: .nodejs20x, description: "first"))
        let second = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::X", props: .init(code: Self.code, runtime: .nodejs22x, description: "second"))
        #expect(first === second)
        #expect(first.node.path == "S/Custom::XCustomResourceProvider")
        let other = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::Y", props: .init(code: Self.code, runtime: .nodejs22x))
        #expect(other !== first)
        let functions = try resources(stack).members.filter { $0.value["Type"] == "AWS::Lambda::Function" }
        #expect(functions.count == 2)
        #expect(functions.contains { $0.value["Properties"]?["Description"] == "first" })
        #expect(first.serviceToken != other.serviceToken)
    }

    @Test func roleStatementsAddedLaterAreRendered() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let provider = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::X", props: .init(
            code: Self.code, runtime: .nodejs22x, policyStatements: [["Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"]]))
        provider.addToRolePolicy(["Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"])
        let role = try resources(stack)[try stack.logicalIdOf(provider.roleResource)]
        #expect(role?["Properties"]?["Policies"] == [[
            "PolicyName": "Inline",
            "PolicyDocument": ["Version": "2012-10-17", "Statement": [
                ["Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"],
                ["Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"],
            ]],
        ]])
    }

    @Test func uploadedFolderHoldsTheHandlerAndSwiftCDKsResponse() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let wrapped = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::Wrapped", props: .init(code: Self.code, runtime: .nodejs22x))
        let bare = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::Bare", props: .init(code: Self.code, runtime: .nodejs22x, useCfnResponseWrapper: false))
        #expect(bare.handlerResource.renderedHandler == "index.handler")
        let assembly = try app.synth()
        let staged = Dictionary(assembly.stagedAssets.map { ($0.name, $0.sourcePath) }, uniquingKeysWith: { a, _ in a })
        let wrappedFolder = try #require(staged["asset.\(wrapped.codeHash)"])
        let bareFolder = try #require(staged["asset.\(bare.codeHash)"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: wrappedFolder).sorted() == ["__entrypoint__.js", "cloudformation-response.js", "index.js"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: bareFolder).sorted() == ["cloudformation-response.js", "index.js"])
        #expect(try String(contentsOfFile: bareFolder + "/cloudformation-response.js", encoding: .utf8) == CustomResourceProviderCode.cloudFormationResponseSource)
        #expect(try String(contentsOfFile: wrappedFolder + "/__entrypoint__.js", encoding: .utf8) == CustomResourceProviderCode.entrypointSource)
        #expect(try Fingerprint.of(path: wrappedFolder) == wrapped.codeHash)
        guard case .object(let files)? = assembly.files.first(where: { $0.name == "S.assets.json" }).map({ try? JSONParser.parse($0.contents) }) ?? nil,
              case .object(let assets)? = files["files"] else { Issue.record("no asset manifest"); return }
        #expect(assets[wrapped.codeHash]?["displayName"] == "S/Custom::WrappedCustomResourceProvider Code")
        #expect(assets[wrapped.codeHash]?["source"] == ["path": .string("asset.\(wrapped.codeHash)"), "packaging": "zip"])
    }

    @Test func sameCodeGivesTheSameHashAndAChangedFolderIsWrittenAgain() throws {
        let files: [String: [UInt8]] = ["index.js": Array("exports.handler = () => 1;\n".utf8), "lib/util.js": [1, 2, 3]]
        let folder = try CustomResourceCodeStaging.shared.folder(for: files)
        #expect(try CustomResourceCodeStaging.shared.folder(for: files) == folder)
        let hash = try Fingerprint.of(path: folder)
        // Another process finds the folder changed on disk: it is written again.
        try Data("tampered".utf8).write(to: URL(fileURLWithPath: folder + "/index.js"))
        let fresh = CustomResourceCodeStaging()
        #expect(try fresh.folder(for: files) == folder)
        #expect(try Fingerprint.of(path: folder) == hash)
        #expect(FileManager.default.contentsOfDirectory(atPath: folder, orEmpty: true).sorted() == ["index.js", "lib"])
    }

    @Test func codeFromADirectoryLeavesTypeScriptOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crp-dir-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lib"), withIntermediateDirectories: true)
        try Data("exports.handler = () => 1;\n".utf8).write(to: folder.appendingPathComponent("index.js"))
        try Data("export const a = 1;\n".utf8).write(to: folder.appendingPathComponent("index.ts"))
        try Data("module.exports = 2;\n".utf8).write(to: folder.appendingPathComponent("lib/two.js"))
        let code = try CustomResourceProviderCode.directory(folder.path)
        #expect(code.files.keys.sorted() == ["index.js", "lib/two.js"])
        let missing = errorText { _ = try CustomResourceProviderCode.directory(folder.appendingPathComponent("nope").path) }
        #expect(missing?.contains("must be a folder with an index.js") == true)
    }

    @Test func badProviderInputIsAnError() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let noIndex = errorText {
            _ = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::X", props: .init(code: .files(["main.js": "x"]), runtime: .nodejs22x))
        }
        #expect(noIndex?.contains("has no index.js") == true)
        #expect(noIndex?.contains("S/Custom::XCustomResourceProvider") == true)
        _ = try Construct(stack, "Custom::TakenCustomResourceProvider")
        let taken = errorText {
            _ = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::Taken", props: .init(code: Self.code, runtime: .nodejs22x))
        }
        #expect(taken?.contains("is not a custom resource provider") == true)
        let bare = try Stack(app, "Bare", synthesizer: BootstraplessSynthesizer())
        let noAssets = errorText {
            _ = try CustomResourceProvider.getOrCreate(bare, uniqueId: "Custom::X", props: .init(code: Self.code, runtime: .nodejs22x))
        }
        #expect(noAssets?.contains("Cannot add assets to a Stack that uses BootstraplessSynthesizer") == true)
    }

    @Test(arguments: [
        (nil as String?, "nodejs24.x"), ("eu-west-1", "nodejs24.x"), ("us-gov-west-1", "nodejs24.x"), ("xx-nowhere-1", "nodejs18.x"),
    ])
    func latestNodeRuntimeFollowsTheAWSCDKsRegionFacts(region: String?, runtime: String) throws {
        let app = try makeApp()
        let stack = try Stack(app, "S", env: region.map { Environment(account: "111111111111", region: $0) })
        #expect(CustomResourceProviderRuntime.latestNodejs.name(in: stack) == runtime)
        #expect(CustomResourceProviderRuntime.nodejs20x.name(in: stack) == "nodejs20.x")
    }

    @Test func customResourceRendersTypeTokenPropertiesAndDestroyPolicy() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let resource = try CustomResource(stack, "Greeting", serviceToken: "arn:aws:lambda:us-east-1:1:function:f",
                                          resourceType: "Custom::Greeting", properties: ["name": "World", "count": 2],
                                          pascalCaseProperties: true, serviceTimeout: .minutes(2))
        let plain = try CustomResource(stack, "Plain", serviceToken: "t", removalPolicy: .retain)
        let resources = try resources(stack)
        let rendered = resources["Greeting"]
        #expect(rendered == [
            "Type": "Custom::Greeting",
            "Properties": ["ServiceToken": "arn:aws:lambda:us-east-1:1:function:f", "ServiceTimeout": "120", "Name": "World", "Count": 2],
            "UpdateReplacePolicy": "Delete",
            "DeletionPolicy": "Delete",
        ])
        #expect(resource.getAttString("Message").contains("${Token["))
        #expect(resources["Plain"]?["Type"] == "AWS::CloudFormation::CustomResource")
        #expect(resources["Plain"]?["DeletionPolicy"] == "Retain")
        #expect(plain.cfnResource.cfnOptions.deletionPolicy == .retain)
    }

    @Test func badCustomResourceInputIsAnError() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        #expect(errorText { _ = try CustomResource(stack, "A", serviceToken: "t", resourceType: "MyType") }?
            .contains("Custom resource type must begin with \"Custom::\" (MyType)") == true)
        #expect(errorText { _ = try CustomResource(stack, "B", serviceToken: "t", resourceType: "Custom::" + String(repeating: "x", count: 60)) }?
            .contains("Custom resource type length > 60") == true)
        #expect(errorText { _ = try CustomResource(stack, "C", serviceToken: "t", resourceType: "Custom::My Type") }?
            .contains("Custom resource type name can only include alphanumeric characters and _@- (My Type)") == true)
        #expect(errorText { _ = try CustomResource(stack, "D", serviceToken: "t", serviceTimeout: .hours(2)) }?
            .contains("serviceTimeout must either be between 1 and 3600 seconds, got 7200") == true)
        let conflict = try CustomResource(stack, "E", serviceToken: "t", properties: ["ServiceToken": "other"])
        #expect(conflict.node.metadata.contains { "\($0.data)".contains("Keys found: ServiceToken") })
    }
}

private extension CfnResource {
    /// The `Handler` property as rendered.
    var renderedHandler: String? {
        guard case .string(let handler)? = (try? renderProperties())?["Handler"] else { return nil }
        return handler
    }
}

private extension FileManager {
    func contentsOfDirectory(atPath path: String, orEmpty: Bool) -> [String] {
        (try? contentsOfDirectory(atPath: path)) ?? []
    }
}
