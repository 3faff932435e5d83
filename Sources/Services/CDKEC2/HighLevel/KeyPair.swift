import CDK
import CDKIAM

extension EC2 {
    /// The file format of a key pair's private key (the AWS CDK's `KeyPairFormat`).
    public enum KeyPairFormat: String, Sendable, Equatable {
        /// A PEM file.
        case pem
        /// A PPK file, for PuTTY.
        case ppk
    }

    /// The type of a key pair (the AWS CDK's `KeyPairType`).
    public enum KeyPairType: String, Sendable, Equatable {
        /// An RSA key.
        case rsa
        /// An ED25519 key; Windows instances do not support it.
        case ed25519
    }

    /// An SSH key pair, defined in the app or imported (the AWS CDK's `IKeyPair`).
    public protocol KeyPairRef: Construct {
        /// The key pair's name.
        var keyPairName: String { get }
        /// The key type, if known.
        var type: KeyPairType? { get }
    }

    /// The props of a ``KeyPair`` (the AWS CDK's `KeyPairProps`).
    public struct KeyPairProps: ConstructProps {
        /// The key pair's name (at most 255 characters).
        ///
        /// Default: a unique name made from the construct's path.
        public var keyPairName: String?
        /// The format of the private key.
        ///
        /// Default: `.pem`.
        public var format: KeyPairFormat?
        /// The key type; not allowed with `publicKeyMaterial`.
        ///
        /// Default: `.rsa`.
        public var type: KeyPairType?
        /// The public key of a key pair made outside AWS (the key pair is then "imported": no
        /// private key is stored in Systems Manager).
        ///
        /// Default: EC2 generates a public and a private key.
        public var publicKeyMaterial: String?

        /// Props with every member at its default.
        public init() {}
    }

    /// An EC2 key pair (`AWS::EC2::KeyPair`). For a generated key, EC2 stores the private key
    /// in the Systems Manager parameter ``privateKey``.
    ///
    /// ```swift
    /// let key = try EC2.KeyPair(stack, "Key") { $0.type = .ed25519 }
    /// let host = try EC2.Instance(stack, "Host", .init(vpc: vpc, instanceType: .of(.t3, .micro),
    ///                                                  machineImage: EC2.MachineImage.latestAmazonLinux2023())) {
    ///     $0.keyPair = key
    /// }
    /// ```
    public final class KeyPair: Resource, KeyPairRef {
        /// The key pair's CloudFormation resource.
        public let cfnKeyPair: CfnKeyPair
        /// The key type.
        public let type: KeyPairType?
        /// The format of the private key.
        public let format: KeyPairFormat
        /// Whether the public key was given (`publicKeyMaterial`): no private key parameter then.
        public let hasImportedMaterial: Bool

        /// The key pair's name (`Ref`).
        public var keyPairName: String { cfnKeyPair.ref }
        /// The key pair's fingerprint.
        public var keyPairFingerprint: String { cfnKeyPair.attrKeyFingerprint }
        /// The key pair's id.
        public var keyPairId: String { cfnKeyPair.attrKeyPairId }

        /// A key pair.
        public init(_ scope: Construct, _ id: String, _ props: KeyPairProps = KeyPairProps(),
                    configure: (inout KeyPairProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            if props.publicKeyMaterial != nil, props.type != nil {
                throw CDKError("KeyPairTypeWithImportedMaterial", "Cannot specify 'type' for keys with imported material", at: this)
            }
            hasImportedMaterial = props.publicKeyMaterial != nil
            type = props.type ?? .rsa
            format = props.format ?? .pem
            let name = props.keyPairName ?? Names.uniqueResourceName(this, maxLength: 255)
            cfnKeyPair = try CfnKeyPair(this, "Resource", keyFormat: format.rawValue, keyName: name,
                                        keyType: type?.rawValue, publicKeyMaterial: props.publicKeyMaterial)
            try super.init(this, physicalName: props.keyPairName)
        }

        /// The Systems Manager parameter with the private key; throws for imported key material.
        public var privateKey: KeyPairPrivateKey {
            get throws {
                if hasImportedMaterial {
                    throw CDKError("KeyPairImportedNoPrivateKey", "An SSM parameter with private key material is not created for imported keys", at: self)
                }
                let name = "/ec2/keypair/\(keyPairId)"
                return KeyPairPrivateKey(parameterName: name,
                                         parameterArn: stack.formatArn(ArnComponents(service: "ssm", resource: "parameter\(name)")))
            }
        }

        /// A key pair defined outside the app, by name.
        public static func fromKeyPairName(_ scope: Construct, _ id: String, _ keyPairName: String) throws -> any KeyPairRef {
            try fromKeyPairAttributes(scope, id, keyPairName: keyPairName)
        }

        /// A key pair defined outside the app, by name and, optionally, type.
        public static func fromKeyPairAttributes(_ scope: Construct, _ id: String, keyPairName: String,
                                                 type: KeyPairType? = nil) throws -> any KeyPairRef {
            try ImportedKeyPair(scope, id, keyPairName: keyPairName, type: type)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.KeyPair") }
    }

    /// The Systems Manager (secure string) parameter in which EC2 stores a generated key
    /// pair's private key, named `/ec2/keypair/<key pair id>`.
    public struct KeyPairPrivateKey: Sendable {
        /// The parameter's name.
        public let parameterName: String
        /// The parameter's ARN.
        public let parameterArn: String

        /// Grants reading the parameter (the actions of the AWS CDK's `IStringParameter.grantRead`).
        @discardableResult
        public func grantRead(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"],
                                         resourceArns: [parameterArn])
        }
    }

    /// A key pair defined outside the app.
    final class ImportedKeyPair: Resource, KeyPairRef {
        let keyPairName: String
        let type: KeyPairType?

        init(_ scope: Construct, _ id: String, keyPairName: String, type: KeyPairType?) throws {
            self.keyPairName = keyPairName
            self.type = type
            try super.init(scope, id)
        }
    }
}

extension EC2.KeyPairRef {
    /// Whether instances running `osType` can use the key (ED25519 keys do not work on Windows).
    public func isCompatible(with osType: EC2.OperatingSystemType) -> Bool {
        !(type == .ed25519 && osType == .windows)
    }
}

extension EC2 {
    /// Checks the exclusive `keyName` and `keyPair` props and the key's compatibility with the
    /// image; returns the key name to render.
    static func checkedKeyName(_ keyName: String?, _ keyPair: (any EC2.KeyPairRef)?, osType: EC2.OperatingSystemType?,
                               at scope: Construct) throws -> String? {
        guard let keyPair else { return keyName }
        if keyName != nil {
            throw CDKError("KeyNameAndKeyPair", "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'", at: scope)
        }
        if let osType, !keyPair.isCompatible(with: osType) {
            throw CDKError("IncompatibleKeyPairType", "\(keyPair.type?.rawValue ?? "unknown") keys are not compatible with the chosen AMI", at: scope)
        }
        return keyPair.keyPairName
    }
}
