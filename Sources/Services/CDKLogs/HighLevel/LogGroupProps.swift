import CDK
import CDKIAM
import CDKKMS

extension Logs {
    /// The props of a ``LogGroup``.
    public struct LogGroupProps: ConstructProps {
        /// The log group's physical name.
        ///
        /// Default: a name CloudFormation generates.
        public var logGroupName: String?
        /// How long events are kept.
        ///
        /// Default: `.twoYears` (no retention for `.delivery` log groups).
        public var retention: RetentionDays?
        /// The KMS key that encrypts the events.
        ///
        /// Default: CloudWatch Logs' own encryption.
        public var encryptionKey: (any KMS.KeyRef)?
        /// The log group class.
        ///
        /// Default: no `LogGroupClass` property (`STANDARD`).
        public var logGroupClass: LogGroupClass?
        /// Whether the log group is protected from deletion.
        ///
        /// Default: no `DeletionProtectionEnabled` property (not protected).
        public var deletionProtectionEnabled: Bool?
        /// What happens to the log group when it leaves the stack.
        ///
        /// Default: `.retain`.
        public var removalPolicy: RemovalPolicy = .retain

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of a ``ResourcePolicy``.
    public struct ResourcePolicyProps: ConstructProps {
        /// The policy's name.
        ///
        /// Default: the construct's unique id.
        public var resourcePolicyName: String?
        /// Statements of the policy.
        ///
        /// Default: none (add them to ``ResourcePolicy/document``).
        public var statements: [IAM.PolicyStatement] = []

        /// Props with every member at its default.
        public init() {}
    }
}
