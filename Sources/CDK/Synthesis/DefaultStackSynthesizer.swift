#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The AWS CDK's default way to deploy: the stack is deployed with the roles and bucket that
/// `cdk bootstrap` creates, and its template checks the bootstrap version. Produces the same
/// manifest entries, asset manifest and template additions as the AWS CDK.
public final class DefaultStackSynthesizer: StackSynthesizer {
    /// The bootstrap qualifier (`hnb659fds` unless the context or this sets another).
    public let qualifier: String?
    /// Whether to add the `BootstrapVersion` parameter and `CheckBootstrapVersion` rule.
    public let generateBootstrapVersionRule: Bool

    /// The minimum bootstrap stack version the template asks for.
    public static let requiredBootstrapVersion = 6
    /// The default qualifier.
    public static let defaultQualifier = "hnb659fds"

    private var assets: [FileAssetSource] = []

    /// A synthesizer with the standard bootstrap resources.
    public init(qualifier: String? = nil, generateBootstrapVersionRule: Bool = true) {
        self.qualifier = qualifier
        self.generateBootstrapVersionRule = generateBootstrapVersionRule
    }

    public func bind(_ stack: Stack) {}

    public func addFileAsset(_ asset: FileAssetSource, to stack: Stack) throws -> FileAssetLocation {
        // The first registration of a source names it, as in the AWS CDK's asset manifest.
        if !assets.contains(where: { $0.sourceHash == asset.sourceHash }) { assets.append(asset) }
        let bucket = Self.specialize("cdk-\(qualifier(for: stack))-assets-${AWS::AccountId}-${AWS::Region}", for: stack)
        let key = Self.objectKey(of: asset)
        let httpUrl = Self.specialize("https://s3.${AWS::Region}.${AWS::URLSuffix}/", for: stack) + bucket + "/" + key
        return FileAssetLocation(bucketName: Self.cfnify(bucket), objectKey: key,
                                 s3ObjectUrl: Self.cfnify("s3://" + bucket + "/" + key), httpUrl: Self.cfnify(httpUrl))
    }

    /// `Fn::Sub` of `s` when it still has `${...}` placeholders, otherwise `s` itself.
    private static func cfnify(_ s: String) -> String {
        s.contains("${") ? Fn.sub(s) : s
    }

    private static func objectKey(of asset: FileAssetSource) -> String {
        switch asset.packaging {
        case .zipDirectory: asset.sourceHash + ".zip"
        case .file:
            asset.sourceHash + Self.fileExtension(of: asset.path)
        }
    }

    private static func fileExtension(of path: String) -> String {
        let ext = URL(fileURLWithPath: path).pathExtension
        return ext.isEmpty ? "" : "." + ext
    }

    /// Replaces the account and region placeholders by the stack's, when it has them.
    private static func specialize(_ s: String, for stack: Stack) -> String {
        var result = s
        if let account = stack.environment.account { result = result.replacing("${AWS::AccountId}", with: account) }
        if let region = stack.environment.region { result = result.replacing("${AWS::Region}", with: region) }
        return result
    }

    private func qualifier(for stack: Stack) -> String {
        if let qualifier { return qualifier }
        if case .string(let q)? = stack.node.tryGetContext(ContextKeys.bootstrapQualifier) { return q }
        return Self.defaultQualifier
    }

    /// Adds the `BootstrapVersion` parameter and the `CheckBootstrapVersion` rule, unless
    /// `generateBootstrapVersionRule` is off.
    public func prepare(_ stack: Stack) throws {
        guard generateBootstrapVersionRule, stack.node.tryFindChild("BootstrapVersion") == nil else { return }
        let parameter = try CfnParameter(
            stack, "BootstrapVersion", type: "AWS::SSM::Parameter::Value<String>", default: .string(versionParameter(for: stack)),
            description: "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]")
        let rule = try CfnRule(stack, "CheckBootstrapVersion")
        rule.addAssertion(
            Fn.conditionNot(Fn.conditionContains(["1", "2", "3", "4", "5"], parameter.valueAsString)),
            "CDK bootstrap stack version \(Self.requiredBootstrapVersion) required. Please run 'cdk bootstrap' with a recent version of the CDK CLI.")
    }

    /// The SSM parameter that holds the bootstrap stack's version.
    private func versionParameter(for stack: Stack) -> String {
        "/cdk-bootstrap/\(qualifier(for: stack))/version"
    }

    /// The ARN of the bootstrap role `name` (`deploy-role`, `cfn-exec-role`, ...) of `stack`'s
    /// environment, with `${AWS::Partition}` (and the account and region when unknown) left to `Fn::Sub`.
    private func bootstrapRoleArn(_ name: String, for stack: Stack) -> String {
        Self.specialize("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-\(qualifier(for: stack))-\(name)-${AWS::AccountId}-${AWS::Region}", for: stack)
    }

    /// The role CloudFormation deploys `stack` with: the role that a producing stack of another
    /// account trusts to read the values `stack` references (``CrossAccountReferences``).
    func cloudFormationExecutionRoleArn(for stack: Stack) -> String {
        bootstrapRoleArn("cfn-exec-role", for: stack)
    }

    public func synthesize(_ stack: Stack, into session: SynthesisSession) throws {
        let q = qualifier(for: stack)
        let versionParameter = versionParameter(for: stack)
        let role = { (name: String) in self.bootstrapRoleArn(name, for: stack) }
        let written = try session.writeTemplate(of: stack, lookupRoleArn: role("lookup-role"))
        let template = written.template
        let hash = written.sha256

        let account = stack.environment.account
        let region = stack.environment.region
        let bucket = Self.specialize("cdk-\(q)-assets-${AWS::AccountId}-${AWS::Region}", for: stack)

        func destinations(objectKey: String) -> JSONValue {
            var destination: JSONObject = ["bucketName": .string(bucket), "objectKey": .string(objectKey)]
            if let region { destination["region"] = .string(region) }
            destination["assumeRoleArn"] = .string(role("file-publishing-role"))
            let key = "\(account ?? "current_account")-\(region ?? "current_region")-" + String(SHA256.hex(JSONWriter.compact(.object(destination)).utf8).prefix(8))
            return .object([key: .object(destination)])
        }
        var files = JSONObject()
        for asset in assets {
            if !asset.inAssembly { session.stageAsset(asset.stagedName, from: asset.path) }
            files[asset.sourceHash] = [
                "displayName": .string(asset.displayName),
                "source": ["path": .string(asset.stagedName), "packaging": .string(asset.packaging.rawValue)],
                "destinations": destinations(objectKey: Self.objectKey(of: asset)),
            ]
        }
        files[hash] = [
            "displayName": .string("\(stack.stackName) Template"),
            "source": ["path": .string(stack.templateFile), "packaging": "file"],
            "destinations": destinations(objectKey: hash + ".json"),
        ]
        let assetManifest: JSONValue = [
            "version": .string(CloudAssembly.schemaVersion),
            "files": .object(files),
            "dockerImages": [:],
        ]
        let assetsId = stack.artifactId + ".assets"
        let assetsFile = assetsId + ".json"
        session.addFile(assetsFile, JSONWriter.string(assetManifest, indent: 2))
        session.addArtifact(assetsId, [
            "type": "cdk:asset-manifest",
            "properties": [
                "file": .string(assetsFile),
                "requiresBootstrapStackVersion": .number(Double(Self.requiredBootstrapVersion)),
                "bootstrapStackVersionSsmParameter": .string(versionParameter),
            ],
        ])
        try session.addStackArtifact(stack, template: template, properties: [
            "assumeRoleArn": .string(role("deploy-role")),
            "cloudFormationExecutionRoleArn": .string(role("cfn-exec-role")),
            "stackTemplateAssetObjectUrl": .string("s3://\(bucket)/\(hash).json"),
            "requiresBootstrapStackVersion": .number(Double(Self.requiredBootstrapVersion)),
            "bootstrapStackVersionSsmParameter": .string(versionParameter),
            "additionalDependencies": [.string(assetsId)],
            "lookupRole": [
                "arn": .string(role("lookup-role")),
                "requiresBootstrapStackVersion": 8,
                "bootstrapStackVersionSsmParameter": .string(versionParameter),
            ],
        ], additionalDependencies: [assetsId])
    }
}

/// Synthesizes only what the app defined: no bootstrap parameter or rule and no asset
/// manifest. The stack is deployed with the caller's credentials (or the given roles).
public final class BootstraplessSynthesizer: StackSynthesizer {
    /// The role the CLI assumes to deploy, if any.
    public let deployRoleArn: String?
    /// The role CloudFormation uses, if any.
    public let cloudFormationExecutionRoleArn: String?

    /// A synthesizer without bootstrap resources.
    public init(deployRoleArn: String? = nil, cloudFormationExecutionRoleArn: String? = nil) {
        self.deployRoleArn = deployRoleArn
        self.cloudFormationExecutionRoleArn = cloudFormationExecutionRoleArn
    }

    public func bind(_ stack: Stack) {}

    public func synthesize(_ stack: Stack, into session: SynthesisSession) throws {
        let template = try session.writeTemplate(of: stack).template
        var properties = JSONObject()
        if let deployRoleArn { properties["assumeRoleArn"] = .string(deployRoleArn) }
        if let cloudFormationExecutionRoleArn { properties["cloudFormationExecutionRoleArn"] = .string(cloudFormationExecutionRoleArn) }
        try session.addStackArtifact(stack, template: template, properties: properties, additionalDependencies: [])
    }
}
