import CDK
import CDKIAM
import CDKKMS

extension SQS {
    /// An SQS queue (`AWS::SQS::Queue`). It is deleted with the stack by default, as in the AWS CDK.
    ///
    /// ```swift
    /// let dlq = try SQS.Queue(stack, "DeadLetters") { $0.retentionPeriod = .days(14) }
    /// let queue = try SQS.Queue(stack, "Work") {
    ///     $0.visibilityTimeout = .seconds(60)
    ///     $0.deadLetterQueue = SQS.DeadLetterQueue(queue: dlq, maxReceiveCount: 3)
    /// }
    /// try queue.grantConsumeMessages(fn)
    /// ```
    public final class Queue: Resource, QueueRef {
        /// Whether the queue is a FIFO queue.
        public let fifo: Bool
        /// The customer managed key of the queue, if it uses one.
        public let encryptionMasterKey: (any KMS.KeyRef)?
        /// The encryption the queue asks for; `nil` when no encryption property is set (SQS
        /// then uses its own managed encryption).
        public let encryptionType: QueueEncryption?
        /// The dead-letter queue, if any.
        public let deadLetterQueue: DeadLetterQueue?
        private var policy: QueuePolicy?
        /// The queue's CloudFormation resource.
        public let cfnQueue: CfnQueue

        /// A queue.
        public init(_ scope: Construct, _ id: String, _ props: QueueProps = QueueProps(),
                    configure: (inout QueueProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            deadLetterQueue = props.deadLetterQueue
            let seconds = try Self.validatedSeconds(props, at: this)

            // Encryption: a key implies KMS (with a warning when another kind was asked for).
            if props.encryption == .sqsManaged && props.encryptionMasterKey != nil {
                throw CDKError("EncryptionMasterKeySupportedEncryption", "'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED' is used", at: this)
            }
            var encryption = props.encryption
            if props.encryptionMasterKey != nil && encryption != .kms {
                if let asked = encryption {
                    Annotations.of(this).addWarningV2("@aws-cdk/aws-sqs:queueEncryptionChangedToKMS",
                        "encryption: Automatically changed to QueueEncryption.KMS, was: QueueEncryption.\(asked.cdkName)\n"
                        + "When encryptionMasterKey is provided, always set `encryption: QueueEncryption.KMS`")
                }
                encryption = .kms
            }
            encryptionType = encryption
            let reuseSeconds = try props.dataKeyReuse?.toSeconds()
            if encryption == .kms {
                encryptionMasterKey = try props.encryptionMasterKey ?? KMS.Key(this, "Key") { $0.description = "Created by \(this.node.path)" }
            } else {
                encryptionMasterKey = nil
            }
            fifo = try Self.isFifo(props, at: this)

            let redrivePolicy: JSONValue? = props.deadLetterQueue.map {
                ["deadLetterTargetArn": .string($0.queue.queueArn), "maxReceiveCount": .number(Double($0.maxReceiveCount))]
            }
            cfnQueue = try CfnQueue(
                this, "Resource",
                contentBasedDeduplication: props.contentBasedDeduplication,
                deduplicationScope: props.deduplicationScope?.rawValue,
                delaySeconds: seconds.delay,
                fifoQueue: fifo ? true : nil,
                fifoThroughputLimit: props.fifoThroughputLimit?.rawValue,
                maximumMessageSize: props.maxMessageSizeBytes.map(Double.init),
                messageRetentionPeriod: seconds.retention,
                queueName: props.queueName,
                receiveMessageWaitTimeSeconds: seconds.wait,
                redriveAllowPolicy: props.redriveAllowPolicy?.jsonValue,
                redrivePolicy: redrivePolicy,
                visibilityTimeout: seconds.visibility)
            switch encryption {
            case .unencrypted?: cfnQueue.sqsManagedSseEnabled = false
            case .kmsManaged?:
                cfnQueue.kmsMasterKeyId = "alias/aws/sqs"
                cfnQueue.kmsDataKeyReusePeriodSeconds = reuseSeconds
            case .kms?:
                cfnQueue.kmsMasterKeyId = encryptionMasterKey?.keyArn
                cfnQueue.kmsDataKeyReusePeriodSeconds = reuseSeconds
            case .sqsManaged?: cfnQueue.sqsManagedSseEnabled = true
            case nil: break
            }
            cfnQueue.applyRemovalPolicy(props.removalPolicy)
            try super.init(this, physicalName: props.queueName)

            if props.enforceSSL {
                _ = try addToResourcePolicy(IAM.PolicyStatement(
                    effect: .deny, actions: ["sqs:*"], resources: [queueArn], principals: [IAM.AnyPrincipal()],
                    conditions: ["Bool": ["aws:SecureTransport": "false"]]))
            }
        }

        /// The durations in seconds, each checked against the range SQS accepts; every value out
        /// of range is listed in one error, as the AWS CDK does.
        private static func validatedSeconds(_ props: QueueProps, at this: ConstructScope) throws
            -> (delay: Double?, retention: Double?, wait: Double?, visibility: Double?) {
            let delay = try props.deliveryDelay?.toSeconds()
            let retention = try props.retentionPeriod?.toSeconds()
            let wait = try props.receiveMessageWaitTime?.toSeconds()
            let visibility = try props.visibilityTimeout?.toSeconds()
            var errors: [String] = []
            func check(_ value: Double?, _ range: ClosedRange<Double>, _ message: (String) -> String) {
                guard let value, !Token.isUnresolved(value), !range.contains(value) else { return }
                errors.append(message(format(value)))
            }
            check(delay, 0...900) { "delivery delay must be between 0 and 900 seconds, but \($0) was provided" }
            check(props.maxMessageSizeBytes.map(Double.init), 1024...1_048_576) { "maximum message size must be between 1,024 and 1,048,576 bytes, but \($0) was provided" }
            check(retention, 60...1_209_600) { "message retention period must be between 60 and 1,209,600 seconds, but \($0) was provided" }
            check(wait, 0...20) { "receive wait time must be between 0 and 20 seconds, but \($0) was provided" }
            check(visibility, 0...43_200) { "visibility timeout must be between 0 and 43,200 seconds, but \($0) was provided" }
            check(props.deadLetterQueue.map { Double($0.maxReceiveCount) }, 1...9_007_199_254_740_991) { "dead letter target maximum receive count must be 1 or more, but \($0) was provided" }
            try throwIfAny(errors, at: this)
            try throwIfAny(props.redriveAllowPolicy?.validationErrors ?? [], at: this)
            return (delay, retention, wait, visibility)
        }

        /// Throws the AWS CDK's validation error listing `errors`, if there are any.
        private static func throwIfAny(_ errors: [String], at this: ConstructScope) throws {
            guard !errors.isEmpty else { return }
            throw CDKError("PropsValidationFailed", "Queue initialization failed due to the following validation error(s):\n"
                           + errors.map { "- " + $0 }.joined(separator: "\n"), at: this)
        }

        /// Throws for a literal name SQS refuses: 1 to 80 characters, letters, digits, hyphens
        /// and underscores, with the `.fifo` ending of a FIFO queue counted.
        private static func checkName(_ queueName: String, fifo: Bool, at this: ConstructScope) throws {
            let base = fifo ? queueName.utf8.dropLast(5) : queueName.utf8[...]
            let allowed = base.allSatisfy { $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
            if base.isEmpty || queueName.utf8.count > 80 || !allowed {
                throw CDKError("InvalidQueueName", "Queue name '\(queueName)' is not a name SQS accepts: 1 to 80 characters (it has \(queueName.count)) of letters, digits, hyphens and underscores\(fifo ? ", ending in '.fifo'" : ""). Change queueName, or leave it out for a generated name.", at: this)
            }
        }

        /// Whether the queue is FIFO: as given, or implied by the name or by any FIFO-only option.
        private static func isFifo(_ props: QueueProps, at this: ConstructScope) throws -> Bool {
            var isFifo = props.fifo
            if isFifo == nil, let queueName = props.queueName, !Token.isUnresolved(queueName), queueName.hasSuffix(".fifo") { isFifo = true }
            if isFifo == nil && (props.contentBasedDeduplication == true || props.deduplicationScope != nil || props.fifoThroughputLimit != nil) { isFifo = true }
            if let queueName = props.queueName, !Token.isUnresolved(queueName) {
                if isFifo == true && !queueName.hasSuffix(".fifo") {
                    throw CDKError("FifoQueueNames", "FIFO queue names must end in '.fifo'", at: this)
                }
                if isFifo != true && queueName.hasSuffix(".fifo") {
                    throw CDKError("NonFifoQueueName", "Non-FIFO queue name may not end in '.fifo'", at: this)
                }
                try checkName(queueName, fifo: isFifo == true, at: this)
            }
            if props.contentBasedDeduplication == true && isFifo != true {
                throw CDKError("ContentBasedDeduplicationDefinedQueues", "Content-based deduplication can only be defined for FIFO queues", at: this)
            }
            if props.deduplicationScope != nil && isFifo != true {
                throw CDKError("DeduplicationScopeDefinedQueues", "Deduplication scope can only be defined for FIFO queues", at: this)
            }
            if props.fifoThroughputLimit != nil && isFifo != true {
                throw CDKError("ThroughputLimitDefinedQueues", "FIFO throughput limit can only be defined for FIFO queues", at: this)
            }
            return isFifo == true
        }

        /// The queue's ARN.
        public var queueArn: String { cfnQueue.attrArn }
        /// The queue's URL.
        public var queueUrl: String { cfnQueue.ref }
        /// The queue's name.
        public var queueName: String { cfnQueue.getAtt("QueueName").toString() }

        /// Adds `statement` to the queue policy, created (as `Policy`) on first use.
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if policy == nil { policy = try QueuePolicy(self, "Policy", .init(queues: [self])) }
            policy?.document.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
        }

        static func format(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSQS.SQS.Queue") }
    }
}
