import CDK
import CDKKMS

extension SecretsManager {
    /// How Secrets Manager generates a secret's value (the AWS CDK's `SecretStringGenerator`).
    public struct SecretStringGenerator: Sendable {
        /// Whether the password leaves out upper-case letters.
        ///
        /// Default: no `ExcludeUppercase` property (`false`).
        public var excludeUppercase: Bool?
        /// Whether the password has at least one character of every included kind.
        ///
        /// Default: no `RequireEachIncludedType` property (`true`).
        public var requireEachIncludedType: Bool?
        /// Whether the password may hold spaces.
        ///
        /// Default: no `IncludeSpace` property (`false`).
        public var includeSpace: Bool?
        /// Characters the password must not hold (up to 4,096).
        ///
        /// Default: none excluded.
        public var excludeCharacters: String?
        /// The password's length.
        ///
        /// Default: no `PasswordLength` property (32).
        public var passwordLength: Int?
        /// Whether the password leaves out punctuation.
        ///
        /// Default: no `ExcludePunctuation` property (`false`).
        public var excludePunctuation: Bool?
        /// Whether the password leaves out lower-case letters.
        ///
        /// Default: no `ExcludeLowercase` property (`false`).
        public var excludeLowercase: Bool?
        /// Whether the password leaves out digits.
        ///
        /// Default: no `ExcludeNumbers` property (`false`).
        public var excludeNumbers: Bool?
        /// A JSON object the password is added to, under ``generateStringKey`` (set both or neither).
        ///
        /// Default: the secret is the password alone.
        public var secretStringTemplate: String?
        /// The member of ``secretStringTemplate`` that holds the password.
        ///
        /// Default: none.
        public var generateStringKey: String?

        /// A generator with every member at its default.
        public init() {}

        var cfnProperty: CfnSecret.GenerateSecretStringProperty {
            .init(excludeCharacters: excludeCharacters, excludeLowercase: excludeLowercase, excludeNumbers: excludeNumbers,
                  excludePunctuation: excludePunctuation, excludeUppercase: excludeUppercase, generateStringKey: generateStringKey,
                  includeSpace: includeSpace, passwordLength: passwordLength.map(Double.init), requireEachIncludedType: requireEachIncludedType,
                  secretStringTemplate: secretStringTemplate)
        }
    }

    /// A region a secret is replicated to.
    public struct ReplicaRegion {
        /// The region's name.
        public var region: String
        /// The key that encrypts the replica.
        ///
        /// Default: the account's default key in that region.
        public var encryptionKey: (any KMS.KeyRef)?

        /// A replica in `region`.
        public init(region: String, encryptionKey: (any KMS.KeyRef)? = nil) {
            self.region = region
            self.encryptionKey = encryptionKey
        }
    }

    /// The props of a ``Secret``.
    public struct SecretProps: ConstructProps {
        /// A description of the secret.
        ///
        /// Default: none.
        public var description: String?
        /// The key that encrypts the secret (Secrets Manager may use it in the account).
        ///
        /// Default: the account's default key for Secrets Manager.
        public var encryptionKey: (any KMS.KeyRef)?
        /// How the value is generated. At most one of this, ``secretStringValue`` and
        /// ``secretObjectValue`` is set.
        ///
        /// Default: 32 characters of every kind, when no value is given.
        public var generateSecretString: SecretStringGenerator?
        /// The secret's physical name. A deleted secret's name stays taken for 7 to 30 days.
        ///
        /// Default: a name CloudFormation generates.
        public var secretName: String?
        /// The initial value. It is written into the template: pass a reference to another
        /// resource's attribute, not a password.
        ///
        /// Default: a generated value.
        public var secretStringValue: SecretValue?
        /// The initial value as a JSON object of these members, in this order (written into the
        /// template, as ``secretStringValue``).
        ///
        /// Default: a generated value.
        public var secretObjectValue: KeyValuePairs<String, SecretValue>?
        /// What happens to the secret when it leaves the stack.
        ///
        /// Default: ``RemovalPolicy/destroy``.
        public var removalPolicy: RemovalPolicy?
        /// Regions the secret is replicated to (more with ``Secret/addReplicaRegion(_:encryptionKey:)``).
        ///
        /// Default: none.
        public var replicaRegions: [ReplicaRegion] = []

        /// Props with every member at its default.
        public init() {}
    }
}
