import CDK
import CDKKMS
import CDKSecretsManager

extension RDS {
    /// The options of credentials whose password Secrets Manager generates (the AWS CDK's
    /// `CredentialsBaseOptions`).
    public struct CredentialsOptions {
        /// The name of the generated secret.
        ///
        /// Default: a name CloudFormation generates.
        public var secretName: String?
        /// The key that encrypts the generated secret.
        ///
        /// Default: the account's default key.
        public var encryptionKey: (any KMS.KeyRef)?
        /// Characters the generated password must not hold.
        ///
        /// Default: `` %+~`#$&*()|[]{}:;<>?!'/@"\``.
        public var excludeCharacters: String?
        /// Regions the generated secret is replicated to.
        ///
        /// Default: none.
        public var replicaRegions: [SecretsManager.ReplicaRegion] = []

        /// Options with every member at its default.
        public init() {}
    }

    /// The master user of a database: a name and a password, or a secret that holds both (the
    /// AWS CDK's `Credentials`).
    public struct Credentials {
        /// The user name (a dynamic reference into ``secret`` when it comes from there).
        public let username: String
        /// The password, when given rather than generated.
        public let password: SecretValue?
        /// The secret that holds the user name and password.
        public let secret: (any SecretsManager.SecretRef)?
        /// Whether ``username`` is written into the template as given.
        public let usernameAsString: Bool
        /// The options of a generated secret.
        public let options: CredentialsOptions

        /// A user `username` whose password a new secret (`Secret`, child of the database)
        /// generates; the template names the user as given, and the secret is replaced when
        /// the password options change.
        public static func fromGeneratedSecret(_ username: String, _ options: CredentialsOptions = .init()) -> Credentials {
            Credentials(username: username, password: nil, secret: nil, usernameAsString: true, options: options)
        }

        /// A user `username` with `password` (written into the template: prefer a generated secret).
        public static func fromPassword(_ username: String, _ password: SecretValue) -> Credentials {
            Credentials(username: username, password: password, secret: nil, usernameAsString: false, options: .init())
        }

        /// A user `username` whose password a new secret generates; the template reads the
        /// user name from the secret.
        public static func fromUsername(_ username: String, _ options: CredentialsOptions = .init()) -> Credentials {
            Credentials(username: username, password: nil, secret: nil, usernameAsString: false, options: options)
        }

        /// The user name and password of `secret` (its `username` and `password` fields), or
        /// `username` as given.
        public static func fromSecret(_ secret: any SecretsManager.SecretRef, username: String? = nil) throws -> Credentials {
            var options = CredentialsOptions()
            options.encryptionKey = secret.encryptionKey
            return Credentials(username: try username ?? secret.secretValueFromJson("username").unsafeUnwrap(),
                               password: try secret.secretValueFromJson("password"), secret: secret, usernameAsString: username != nil,
                               options: options)
        }

        /// These credentials with a generated secret (child `Secret` of `scope`) when they have
        /// neither a password nor a secret, as the AWS CDK renders them.
        func rendered(in scope: Construct) throws -> Credentials {
            if secret != nil || password != nil { return self }
            let generated = try DatabaseSecret(scope, "Secret", .init(username: username) {
                $0.secretName = options.secretName
                $0.encryptionKey = options.encryptionKey
                $0.excludeCharacters = options.excludeCharacters
                $0.replaceOnPasswordCriteriaChanges = usernameAsString
                $0.replicaRegions = options.replicaRegions
            })
            return try .fromSecret(generated, username: usernameAsString ? username : nil)
        }
    }
}
