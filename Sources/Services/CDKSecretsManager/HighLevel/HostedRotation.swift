import CDK
import CDKEC2

extension SecretsManager {
    /// The options of a hosted rotation (the AWS CDK's `SingleUserHostedRotationOptions` and
    /// `MultiUserHostedRotationOptions`).
    public struct HostedRotationOptions {
        /// The name of the rotation function Secrets Manager makes.
        ///
        /// Default: a name CloudFormation generates.
        public var functionName: String?
        /// The security groups of the rotation function (needs ``vpc``).
        ///
        /// Default: a new security group, child `SecurityGroup` of the rotation schedule, when in a VPC.
        public var securityGroups: [any EC2.SecurityGroupRef]?
        /// The VPC the rotation function runs in.
        ///
        /// Default: not in a VPC.
        public var vpc: (any EC2.VpcRef)?
        /// The subnets of ``vpc`` the function runs in.
        ///
        /// Default: the VPC's default selection (its private subnets).
        public var vpcSubnets = EC2.SubnetSelection()
        /// Characters the new passwords must not hold.
        ///
        /// Default: those the secret's generated value leaves out, or `` %+~`#$&*()|[]{}:;<>?!'/@"\``.
        public var excludeCharacters: String?
        /// The secret with the credentials that change the other users' passwords, for a
        /// multi-user rotation (required there).
        ///
        /// Default: none (single-user rotation).
        public var masterSecret: (any SecretRef)?

        /// Options with every member at its default.
        public init() {}
    }

    /// A rotation function that Secrets Manager makes and runs for a database, through the
    /// `AWS::SecretsManager-2024-09-16` transform (the AWS CDK's `HostedRotation`).
    ///
    /// ```swift
    /// var options = SecretsManager.HostedRotationOptions()
    /// options.vpc = vpc
    /// try secret.addRotationSchedule("Rotation", .init(hostedRotation: .postgreSqlSingleUser(options)))
    /// ```
    public final class HostedRotation: EC2.Connectable {
        /// The kind of database and rotation (`PostgreSQLSingleUser`, ...).
        public let rotationType: String
        /// The options.
        public let options: HostedRotationOptions
        private var boundConnections: EC2.Connections?

        private init(_ rotationType: String, _ options: HostedRotationOptions) {
            self.rotationType = rotationType
            self.options = options
        }

        /// A rotation of `database` (`MySQL`, `PostgreSQL`, ...): single-user, or multi-user with
        /// a master secret. Throws for a multi-user rotation without one.
        private static func make(_ database: String, multiUser: Bool, _ options: HostedRotationOptions) throws -> HostedRotation {
            if multiUser && options.masterSecret == nil {
                throw CDKError(code: "MasterSecretRequired", message: "The `masterSecret` must be specified when using the multi user scheme. Set options.masterSecret.")
            }
            return HostedRotation(database + (multiUser ? "MultiUser" : "SingleUser"), options)
        }

        /// MySQL, single user.
        public static func mysqlSingleUser(_ options: HostedRotationOptions = .init()) throws -> HostedRotation { try make("MySQL", multiUser: false, options) }
        /// MySQL, multi user (`options.masterSecret` required).
        public static func mysqlMultiUser(_ options: HostedRotationOptions) throws -> HostedRotation { try make("MySQL", multiUser: true, options) }
        /// PostgreSQL, single user.
        public static func postgreSqlSingleUser(_ options: HostedRotationOptions = .init()) throws -> HostedRotation { try make("PostgreSQL", multiUser: false, options) }
        /// PostgreSQL, multi user (`options.masterSecret` required).
        public static func postgreSqlMultiUser(_ options: HostedRotationOptions) throws -> HostedRotation { try make("PostgreSQL", multiUser: true, options) }
        /// Oracle, single user.
        public static func oracleSingleUser(_ options: HostedRotationOptions = .init()) throws -> HostedRotation { try make("Oracle", multiUser: false, options) }
        /// Oracle, multi user (`options.masterSecret` required).
        public static func oracleMultiUser(_ options: HostedRotationOptions) throws -> HostedRotation { try make("Oracle", multiUser: true, options) }
        /// MariaDB, single user.
        public static func mariaDbSingleUser(_ options: HostedRotationOptions = .init()) throws -> HostedRotation { try make("MariaDB", multiUser: false, options) }
        /// MariaDB, multi user (`options.masterSecret` required).
        public static func mariaDbMultiUser(_ options: HostedRotationOptions) throws -> HostedRotation { try make("MariaDB", multiUser: true, options) }
        /// SQL Server, single user.
        public static func sqlServerSingleUser(_ options: HostedRotationOptions = .init()) throws -> HostedRotation { try make("SQLServer", multiUser: false, options) }
        /// SQL Server, multi user (`options.masterSecret` required).
        public static func sqlServerMultiUser(_ options: HostedRotationOptions) throws -> HostedRotation { try make("SQLServer", multiUser: true, options) }
        /// Redshift, single user.
        public static func redshiftSingleUser(_ options: HostedRotationOptions = .init()) throws -> HostedRotation { try make("Redshift", multiUser: false, options) }
        /// Redshift, multi user (`options.masterSecret` required).
        public static func redshiftMultiUser(_ options: HostedRotationOptions) throws -> HostedRotation { try make("Redshift", multiUser: true, options) }
        /// MongoDB, single user.
        public static func mongoDbSingleUser(_ options: HostedRotationOptions = .init()) throws -> HostedRotation { try make("MongoDB", multiUser: false, options) }
        /// MongoDB, multi user (`options.masterSecret` required).
        public static func mongoDbMultiUser(_ options: HostedRotationOptions) throws -> HostedRotation { try make("MongoDB", multiUser: true, options) }

        /// The characters the AWS CDK leaves out of generated database passwords by default
        /// (RDS's database secrets use them too).
        public static let defaultExcludeCharacters = " %+~`#$&*()|[]{}:;<>?!'/@\"\\"

        /// The `HostedRotationLambda` of a schedule (`scope`) that rotates `secret`: adds the
        /// transform to the stack, makes the security group in a VPC, and denies the deletion
        /// of the master secret.
        func bind(to secret: any SecretRef, in scope: Construct) throws -> CfnRotationSchedule.HostedRotationLambdaProperty {
            try Stack.of(scope).addTransform("AWS::SecretsManager-2024-09-16")
            if options.vpc == nil && options.securityGroups != nil {
                throw CDKError("SecurityGroupsNeedVpc", "`vpc` must be specified when specifying `securityGroups`. Set options.vpc.", at: scope)
            }
            if let vpc = options.vpc {
                let groups = try options.securityGroups ?? [EC2.SecurityGroup(scope, "SecurityGroup", .init(vpc: vpc))]
                boundConnections = EC2.Connections(securityGroups: groups)
            }
            try options.masterSecret?.denyAccountRootDelete()
            let masterSecretArn = options.masterSecret.map { master in master.secretFullArn != nil ? master.secretArn : master.secretArn + "-??????" }
            let excludeCharacters = options.excludeCharacters ?? (secret as? Secret)?.excludeCharacters ?? Self.defaultExcludeCharacters
            return .init(excludeCharacters: excludeCharacters, kmsKeyArn: secret.encryptionKey?.keyArn, masterSecretArn: masterSecretArn,
                         masterSecretKmsKeyArn: options.masterSecret?.encryptionKey?.keyArn, rotationLambdaName: options.functionName,
                         rotationType: rotationType,
                         // Joined as text, as the AWS CDK joins them: `Fn::Join` with "" of the ids and commas.
                         vpcSecurityGroupIds: boundConnections.map { $0.securityGroups.map(\.securityGroupId).joined(separator: ",") },
                         vpcSubnetIds: try options.vpc.map { try $0.selectSubnets(options.vpcSubnets).subnetIds.joined(separator: ",") })
        }

        /// The rotation function's connections, once the rotation is bound to a secret in a VPC.
        public var connections: EC2.Connections {
            get throws {
                guard options.vpc != nil else {
                    throw CDKError(code: "HostedRotationNotInVpc", message: "Cannot use connections for a hosted rotation that is not deployed in a VPC. Set options.vpc.")
                }
                guard let boundConnections else {
                    throw CDKError(code: "HostedRotationNotBound", message: "Cannot use connections for a hosted rotation that has not been bound to a secret. Add it to a rotation schedule first.")
                }
                return boundConnections
            }
        }
    }
}
