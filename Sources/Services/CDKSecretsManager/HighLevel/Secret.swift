import CDK
import CDKIAM
import CDKKMS

extension SecretsManager {
    /// A secret in Secrets Manager (`AWS::SecretsManager::Secret`). Without a value of its own
    /// the value is generated: 32 characters of every kind, or as ``SecretProps/generateSecretString`` says.
    ///
    /// ```swift
    /// let credentials = try SecretsManager.Secret(stack, "DbCredentials") {
    ///     var generator = SecretsManager.SecretStringGenerator()
    ///     generator.secretStringTemplate = #"{"username":"admin"}"#
    ///     generator.generateStringKey = "password"
    ///     $0.generateSecretString = generator
    /// }
    /// try credentials.grantRead(fn)
    /// ```
    open class Secret: Resource, SecretRef {
        /// The key that encrypts the secret, if it is not the account's default one.
        public let encryptionKey: (any KMS.KeyRef)?
        /// The characters the generated value leaves out, if any.
        public let excludeCharacters: String?
        /// The secret's CloudFormation resource.
        public let cfnSecret: CfnSecret
        private var replicaRegions: [CfnSecret.ReplicaRegionProperty] = []
        private var policy: ResourcePolicy?

        /// A secret; its value is generated unless one is given.
        public init(_ scope: Construct, _ id: String, _ props: SecretProps = SecretProps(),
                    configure: (inout SecretProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            try Self.validate(props, at: this)
            let secretString = props.secretObjectValue.map(Self.jsonText) ?? props.secretStringValue?.unsafeUnwrap()
            cfnSecret = try CfnSecret(this, "Resource", description: props.description,
                                      generateSecretString: props.generateSecretString?.cfnProperty ?? (secretString == nil ? .init() : nil),
                                      kmsKeyId: props.encryptionKey?.keyArn, name: props.secretName, secretString: secretString)
            cfnSecret.applyRemovalPolicy(props.removalPolicy, default: .destroy)
            encryptionKey = props.encryptionKey
            excludeCharacters = props.generateSecretString?.excludeCharacters
            try super.init(this, physicalName: props.secretName)
            cfnSecret.name = physicalName
            secretName = try Self.ownedSecretName(arn: secretArn, given: props.secretName, at: this)
            if let key = props.encryptionKey {
                // Secrets Manager encrypts and decrypts with the key for the account's principals.
                let principal = SecretsManager.throughSecretsManager(IAM.AccountPrincipal(stack.account), in: stack)
                try key.grantEncryptDecrypt(principal)
                try key.grant(principal, actions: ["kms:CreateGrant", "kms:DescribeKey"])
            }
            for replica in props.replicaRegions { try addReplicaRegion(replica.region, encryptionKey: replica.encryptionKey) }
            node.addValidation { [unowned self] in self.policy?.document.validateForResourcePolicy() ?? [] }
        }

        /// Checks the props as the AWS CDK does.
        private static func validate(_ props: SecretProps, at this: ConstructScope) throws {
            if let generator = props.generateSecretString, (generator.secretStringTemplate == nil) != (generator.generateStringKey == nil) {
                throw CDKError("TemplateAndKeyTogether", "`secretStringTemplate` and `generateStringKey` must be specified together.", at: this)
            }
            let sources = [props.generateSecretString != nil, props.secretStringValue != nil, props.secretObjectValue != nil].filter { $0 }.count
            if sources > 1 {
                throw CDKError("OneSecretValueSource", "Cannot specify more than one of `generateSecretString`, `secretStringValue` and `secretObjectValue`. Keep one of them.", at: this)
            }
        }

        /// The members as one JSON object's text, in their order.
        private static func jsonText(_ members: KeyValuePairs<String, SecretValue>) -> String {
            JSONWriter.compact(.object(JSONObject(members.map { ($0.key, JSONValue.string($0.value.unsafeUnwrap())) })))
        }

        /// The secret's name, read from its ARN at deployment without the suffix Secrets Manager
        /// adds (`Fn::Join` of the ARN's resource name's parts, as many as the given name has,
        /// two for a generated `<logical id>-<random>` name); a given name that is a token as it is.
        private static func ownedSecretName(arn: String, given: String?, at this: ConstructScope) throws -> String {
            if let given, Token.isUnresolved(given) { return given }
            let parts = try this.converting("secretArn") { try Arn.parse(arn, format: .colonResourceName) }
            guard let resourceName = parts.resourceName else {
                throw CDKError("InvalidSecretArn", "invalid ARN format; no secret name provided: '\(arn)'.", at: this)
            }
            let segments = given.map { $0.split(separator: "-", omittingEmptySubsequences: false).count } ?? 2
            return Fn.join("-", (0..<segments).map { Fn.select($0, Fn.split("-", resourceName)) })
        }

        /// The secret's ARN; from another account or region, the ARN with its physical name.
        public private(set) lazy var secretArn: String = getResourceArnAttribute(
            cfnSecret.ref, ArnComponents(service: "secretsmanager", resource: "secret", resourceName: physicalName, arnFormat: .colonResourceName))

        /// The complete ARN: the secret's own ARN.
        public var secretFullArn: String? { secretArn }

        /// The secret's name (read from its ARN).
        public private(set) var secretName: String = ""

        public private(set) lazy var arnForPolicies: String = Token.asString(PolicyArn(self))

        /// Replicates the secret to `region`, encrypted there with `encryptionKey` (by default the
        /// region's default key). Throws for the stack's own region.
        public func addReplicaRegion(_ region: String, encryptionKey: (any KMS.KeyRef)? = nil) throws {
            if !Token.isUnresolved(stack.region), !Token.isUnresolved(region), region == stack.region {
                throw CDKError("ReplicaInOwnRegion", "Cannot add the region where this stack is deployed as a replica region: '\(region)'. Name another region.", at: self)
            }
            replicaRegions.append(.init(kmsKeyId: encryptionKey?.keyArn, region: region))
            cfnSecret.replicaRegions = replicaRegions
        }

        /// Adds `statement` to the secret's resource policy (child `Policy`, made on first use).
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            try SecretsManager.add(statement, to: &policy, of: self)
        }

        open override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSecretsManager.SecretsManager.Secret") }
    }
}
