import CDK

extension Lambda {
    /// A layer version, made in the app or imported (the AWS CDK's `ILayerVersion`).
    public protocol LayerVersionRef: Construct {
        /// The layer version's ARN.
        var layerVersionArn: String { get }
        /// The runtimes the layer works with; `nil` when any runtime may use it.
        var compatibleRuntimes: [Runtime]? { get }
    }

    /// Who may use a layer version (the AWS CDK's `LayerVersionPermission`).
    public struct LayerVersionPermission: Sendable {
        /// The account allowed, or `*` for every account (optionally of ``organizationId``).
        public var accountId: String
        /// The AWS Organization whose accounts may use the layer; only with `accountId` `*`.
        ///
        /// Default: none.
        public var organizationId: String?

        /// A permission for `accountId`, optionally limited to `organizationId`.
        public init(accountId: String, organizationId: String? = nil) {
            self.accountId = accountId
            self.organizationId = organizationId
        }
    }

    /// The options of a ``LayerVersion`` (the AWS CDK's `LayerVersionOptions`).
    public struct LayerVersionOptions: ConstructProps {
        /// A description of the layer version.
        ///
        /// Default: none.
        public var description: String?
        /// The license of the layer's content (an SPDX identifier, a URL or the license text).
        ///
        /// Default: none.
        public var license: String?
        /// The layer's name.
        ///
        /// Default: a name CloudFormation generates.
        public var layerVersionName: String?
        /// What happens to the layer version when it is replaced or leaves the stack.
        ///
        /// Default: no policy (CloudFormation deletes it).
        public var removalPolicy: RemovalPolicy?

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``LayerVersion``: its code, and the runtimes and architectures it fits.
    public struct LayerVersionProps: ConstructProps, ExtendingOptions {
        /// The content: an asset or an S3 object (inline code is refused).
        public var code: Code
        /// The runtimes functions using the layer may have.
        ///
        /// Default: any runtime (no `CompatibleRuntimes` property).
        public var compatibleRuntimes: [Runtime]?
        /// The instruction sets the layer supports.
        ///
        /// Default: no `CompatibleArchitectures` property.
        public var compatibleArchitectures: [Architecture]?
        /// Everything else about the layer version.
        public var options: LayerVersionOptions

        /// Props of a layer version with `code`.
        public init(code: Code, options: LayerVersionOptions = LayerVersionOptions()) {
            self.code = code
            self.options = options
        }
    }

    /// A layer version (`AWS::Lambda::LayerVersion`): code shared by functions, which use it
    /// with `layers` or ``Function/addLayers(_:)``.
    ///
    /// ```swift
    /// let layer = try Lambda.LayerVersion(stack, "Deps", .init(code: .fromAsset("layer"))) {
    ///     $0.compatibleRuntimes = [.python312]
    /// }
    /// try fn.addLayers(layer)
    /// ```
    public final class LayerVersion: Resource, LayerVersionRef {
        /// The layer version's ARN.
        public let layerVersionArn: String
        /// The runtimes the layer works with, if limited.
        public let compatibleRuntimes: [Runtime]?
        /// The layer version's CloudFormation resource.
        public let cfnLayerVersion: CfnLayerVersion

        /// A layer version; throws for inline code and an empty `compatibleRuntimes`.
        public init(_ scope: Construct, _ id: String, _ props: LayerVersionProps,
                    configure: (inout LayerVersionProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            if props.compatibleRuntimes?.isEmpty == true {
                throw CDKError("AttemptedDefineLambdaLayerSupports", "Attempted to define a Lambda layer that supports no runtime! Leave compatibleRuntimes out for any runtime, or name at least one.", at: this)
            }
            cfnLayerVersion = try CfnLayerVersion(
                this, "Resource",
                compatibleArchitectures: props.compatibleArchitectures?.map(\.rawValue),
                compatibleRuntimes: props.compatibleRuntimes?.map(\.name),
                content: try props.code.bindLayerContent(this),
                description: props.description,
                layerName: props.layerVersionName,
                licenseInfo: props.license)
            if let removalPolicy = props.removalPolicy { cfnLayerVersion.applyRemovalPolicy(removalPolicy) }
            layerVersionArn = cfnLayerVersion.ref
            compatibleRuntimes = props.compatibleRuntimes
            try super.init(this, physicalName: props.layerVersionName)
        }

        /// A layer version defined outside the app, by ARN, usable by any runtime.
        public static func fromLayerVersionArn(_ scope: Construct, _ id: String, layerVersionArn: String) throws -> any LayerVersionRef {
            try ImportedLayerVersion(scope, id, layerVersionArn: layerVersionArn, compatibleRuntimes: nil)
        }

        /// A layer version defined outside the app, by ARN, limited to `compatibleRuntimes`.
        public static func fromLayerVersionAttributes(_ scope: Construct, _ id: String, layerVersionArn: String,
                                                      compatibleRuntimes: [Runtime]? = nil) throws -> any LayerVersionRef {
            try ImportedLayerVersion(scope, id, layerVersionArn: layerVersionArn, compatibleRuntimes: compatibleRuntimes)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.LayerVersion") }
    }

    /// A layer version imported by ARN.
    final class ImportedLayerVersion: Resource, LayerVersionRef {
        let layerVersionArn: String
        let compatibleRuntimes: [Runtime]?

        init(_ scope: Construct, _ id: String, layerVersionArn: String, compatibleRuntimes: [Runtime]?) throws {
            if compatibleRuntimes?.isEmpty == true {
                throw CDKError("AttemptedImportLambdaLayerSupports", "Attempted to import a Lambda layer that supports no runtime! Leave compatibleRuntimes out for any runtime, or name at least one.", at: scope)
            }
            self.layerVersionArn = layerVersionArn
            self.compatibleRuntimes = compatibleRuntimes
            try super.init(scope, id)
        }
    }
}

extension Lambda.LayerVersionRef {
    /// Lets `permission.accountId` (and, with `*`, the accounts of `permission.organizationId`)
    /// use the layer version (`AWS::Lambda::LayerVersionPermission` named `id`).
    public func addPermission(_ id: String, _ permission: Lambda.LayerVersionPermission) throws {
        if permission.organizationId != nil && permission.accountId != "*" {
            throw CDKError("OrganizationidOnlySpecifiedAwsaccountid", "OrganizationId can only be specified if AwsAccountId is '*', but it is \(permission.accountId). Give accountId \"*\" to share the layer with an organization.", at: self)
        }
        _ = try Lambda.CfnLayerVersionPermission(self, id, action: "lambda:GetLayerVersion", layerVersionArn: layerVersionArn,
                                                 organizationId: permission.organizationId, principal: permission.accountId)
    }
}

extension Lambda.Code {
    /// The `Content` of a layer version, adding the asset under `scope` when there is one.
    func bindLayerContent(_ scope: Construct) throws -> Lambda.CfnLayerVersion.ContentProperty {
        switch self {
        case .inline:
            throw CDKError(code: "InlineCodeSupportedLambdaLayers", message: "Inline code is not supported for AWS Lambda layers. Give the layer's content as an asset or an S3 object.", path: scope.node.path)
        case .asset(let path):
            let asset = try FileAsset(scope, "Code", path: path)
            return .init(s3Bucket: asset.bucketName, s3Key: asset.objectKey)
        case .s3(let bucket, let key, let objectVersion, _, _):
            return .init(s3Bucket: bucket.bucketName, s3Key: key, s3ObjectVersion: objectVersion)
        }
    }
}
