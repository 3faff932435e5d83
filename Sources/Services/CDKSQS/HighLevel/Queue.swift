import CDK
import CDKIAM
import CDKKMS

extension SQS {
    /// An SQS queue (`AWS::SQS::Queue`). It is deleted with the stack by default, as in the AWS CDK.
    ///
    /// ```swift
    /// let dlq = try SQS.Queue(stack, "DeadLetters", retentionPeriod: .days(14))
    /// let queue = try SQS.Queue(stack, "Work", visibilityTimeout: .seconds(60),
    ///                           deadLetterQueue: SQS.DeadLetterQueue(queue: dlq, maxReceiveCount: 3))
    /// try queue.grantConsumeMessages(fn)
    /// ```
    public final class Queue: Resource, QueueRef {
        /// Whether the queue is a FIFO queue.
        public let fifo: Bool
        /// The customer managed key of the queue, if it uses one.
        public private(set) var encryptionMasterKey: (any KMS.KeyRef)?
        /// The encryption the queue uses.
        public let encryptionType: QueueEncryption
        /// The dead-letter queue, if any.
        public let deadLetterQueue: DeadLetterQueue?
        private var policy: QueuePolicy?
        private var resource: CfnQueue!

        /// A queue.
        ///
        /// - Parameters:
        ///   - queueName: The physical name (a FIFO queue's must end in `.fifo`).
        ///   - fifo: Whether the queue is FIFO (implied by a `.fifo` name or any FIFO-only option).
        ///   - visibilityTimeout: 0 to 43,200 seconds.
        ///   - retentionPeriod: 60 to 1,209,600 seconds.
        ///   - deliveryDelay: 0 to 900 seconds.
        ///   - receiveMessageWaitTime: 0 to 20 seconds.
        ///   - maxMessageSizeBytes: 1,024 to 1,048,576 bytes.
        ///   - encryption: Default: SQS managed (no property rendered), or `.kms` when `encryptionMasterKey` is given.
        ///   - enforceSSL: Denies every action not made over TLS, in the queue policy.
        ///   - removalPolicy: Default `.destroy`.
        public init(
            _ scope: Construct, _ id: String,
            queueName: String? = nil,
            fifo: Bool? = nil,
            contentBasedDeduplication: Bool? = nil,
            deduplicationScope: DeduplicationScope? = nil,
            fifoThroughputLimit: FifoThroughputLimit? = nil,
            visibilityTimeout: Duration? = nil,
            retentionPeriod: Duration? = nil,
            deliveryDelay: Duration? = nil,
            receiveMessageWaitTime: Duration? = nil,
            maxMessageSizeBytes: Double? = nil,
            deadLetterQueue: DeadLetterQueue? = nil,
            encryption: QueueEncryption? = nil,
            encryptionMasterKey: (any KMS.KeyRef)? = nil,
            dataKeyReuse: Duration? = nil,
            enforceSSL: Bool = false,
            removalPolicy: RemovalPolicy = .destroy
        ) throws {
            self.deadLetterQueue = deadLetterQueue
            let path = scope.node.path.isEmpty ? id : scope.node.path + "/" + id
            let delay = try deliveryDelay?.toSeconds()
            let retention = try retentionPeriod?.toSeconds()
            let wait = try receiveMessageWaitTime?.toSeconds()
            let visibility = try visibilityTimeout?.toSeconds()
            var errors: [String] = []
            func check(_ value: Double?, _ range: ClosedRange<Double>, _ message: (String) -> String) {
                guard let value, !Token.isUnresolved(value), !range.contains(value) else { return }
                errors.append(message(Self.format(value)))
            }
            check(delay, 0...900) { "delivery delay must be between 0 and 900 seconds, but \($0) was provided" }
            check(maxMessageSizeBytes, 1024...1_048_576) { "maximum message size must be between 1,024 and 1,048,576 bytes, but \($0) was provided" }
            check(retention, 60...1_209_600) { "message retention period must be between 60 and 1,209,600 seconds, but \($0) was provided" }
            check(wait, 0...20) { "receive wait time must be between 0 and 20 seconds, but \($0) was provided" }
            check(visibility, 0...43_200) { "visibility timeout must be between 0 and 43,200 seconds, but \($0) was provided" }
            check(deadLetterQueue?.maxReceiveCount, 1...9_007_199_254_740_991) { "dead letter target maximum receive count must be 1 or more, but \($0) was provided" }
            if !errors.isEmpty {
                throw CDKError(code: "PropsValidationFailed", message: "Queue initialization failed due to the following validation error(s):\n"
                               + errors.map { "- " + $0 }.joined(separator: "\n"), path: path)
            }

            // FIFO: implied by the name or by any FIFO-only option.
            var isFifo = fifo
            if isFifo == nil, let queueName, !Token.isUnresolved(queueName), queueName.hasSuffix(".fifo") { isFifo = true }
            if isFifo == nil && (contentBasedDeduplication == true || deduplicationScope != nil || fifoThroughputLimit != nil) { isFifo = true }
            if let queueName, !Token.isUnresolved(queueName) {
                if isFifo == true && !queueName.hasSuffix(".fifo") {
                    throw CDKError(code: "FifoQueueNames", message: "FIFO queue names must end in '.fifo'", path: path)
                }
                if isFifo != true && queueName.hasSuffix(".fifo") {
                    throw CDKError(code: "NonFifoQueueName", message: "Non-FIFO queue name may not end in '.fifo'", path: path)
                }
            }
            if contentBasedDeduplication == true && isFifo != true {
                throw CDKError(code: "ContentBasedDeduplicationDefinedQueues", message: "Content-based deduplication can only be defined for FIFO queues", path: path)
            }
            if deduplicationScope != nil && isFifo != true {
                throw CDKError(code: "DeduplicationScopeDefinedQueues", message: "Deduplication scope can only be defined for FIFO queues", path: path)
            }
            if fifoThroughputLimit != nil && isFifo != true {
                throw CDKError(code: "ThroughputLimitDefinedQueues", message: "FIFO throughput limit can only be defined for FIFO queues", path: path)
            }
            self.fifo = isFifo == true

            // Encryption: a key implies KMS.
            if encryption == .sqsManaged && encryptionMasterKey != nil {
                throw CDKError(code: "EncryptionMasterKeySupportedEncryption", message: "'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED' is used", path: path)
            }
            var effectiveEncryption = encryption
            if encryptionMasterKey != nil { effectiveEncryption = .kms }
            self.encryptionType = effectiveEncryption ?? .sqsManaged
            let reuseSeconds = try dataKeyReuse?.toSeconds()

            try super.init(scope, id, physicalName: queueName)
            var key: (any KMS.KeyRef)?
            if effectiveEncryption == .kms {
                key = try encryptionMasterKey ?? KMS.Key(self, "Key", description: "Created by \(node.path)")
            }
            self.encryptionMasterKey = key

            var redrivePolicy: JSONValue?
            if let deadLetterQueue {
                redrivePolicy = ["deadLetterTargetArn": .string(deadLetterQueue.queue.queueArn),
                                 "maxReceiveCount": .number(deadLetterQueue.maxReceiveCount)]
            }
            let resource = try CfnQueue(
                self, "Resource",
                contentBasedDeduplication: contentBasedDeduplication,
                deduplicationScope: deduplicationScope?.rawValue,
                delaySeconds: delay,
                fifoQueue: isFifo == true ? true : nil,
                fifoThroughputLimit: fifoThroughputLimit?.rawValue,
                maximumMessageSize: maxMessageSizeBytes,
                messageRetentionPeriod: retention,
                queueName: queueName,
                receiveMessageWaitTimeSeconds: wait,
                redrivePolicy: redrivePolicy,
                visibilityTimeout: visibility)
            switch effectiveEncryption {
            case .unencrypted?: resource.sqsManagedSseEnabled = false
            case .kmsManaged?:
                resource.kmsMasterKeyId = "alias/aws/sqs"
                resource.kmsDataKeyReusePeriodSeconds = reuseSeconds
            case .kms?:
                resource.kmsMasterKeyId = key?.keyArn
                resource.kmsDataKeyReusePeriodSeconds = reuseSeconds
            case .sqsManaged?: resource.sqsManagedSseEnabled = true
            case nil: break
            }
            resource.applyRemovalPolicy(removalPolicy)
            self.resource = resource

            if enforceSSL {
                _ = try addToResourcePolicy(IAM.PolicyStatement(
                    effect: .deny, actions: ["sqs:*"], resources: [queueArn], principals: [IAM.AnyPrincipal()],
                    conditions: ["Bool": ["aws:SecureTransport": "false"]]))
            }
        }

        /// The queue's CloudFormation resource.
        public var cfnQueue: CfnQueue { resource }
        /// The queue's ARN.
        public var queueArn: String { resource.attrArn }
        /// The queue's URL.
        public var queueUrl: String { resource.ref }
        /// The queue's name.
        public var queueName: String { resource.getAtt("QueueName").toString() }

        /// Adds `statement` to the queue policy, created (as `Policy`) on first use.
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if policy == nil { policy = try QueuePolicy(self, "Policy", queues: [self]) }
            policy?.document.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
        }

        /// A queue defined outside the app, by ARN (its URL and name are derived from it).
        public static func fromQueueArn(_ scope: Construct, _ id: String, queueArn: String, keyArn: String? = nil) throws -> any QueueRef {
            try ImportedQueue(scope, id, queueArn: queueArn, keyArn: keyArn)
        }

        static func format(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSQS.SQS.Queue") }
    }

    /// A queue known by ARN: grants only change the grantee's policy.
    final class ImportedQueue: Resource, QueueRef {
        let queueArn: String
        let queueName: String
        let queueUrl: String
        let fifo: Bool
        private(set) var encryptionMasterKey: (any KMS.KeyRef)?

        init(_ scope: Construct, _ id: String, queueArn: String, keyArn: String?) throws {
            self.queueArn = queueArn
            var account: String?
            var region: String?
            if Token.isUnresolved(queueArn) {
                queueName = Fn.select(5, Fn.split(":", queueArn))
                account = nil
                region = nil
            } else {
                let parts = try Arn.split(queueArn, format: .noResourceName)
                queueName = parts.resource
                account = parts.account
                region = parts.region
            }
            fifo = !Token.isUnresolved(queueName) && queueName.hasSuffix(".fifo")
            let stack = try Stack.of(scope)
            queueUrl = "https://sqs.\(region ?? stack.region).\(stack.urlSuffix)/\(account ?? stack.account)/\(queueName)"
            try super.init(scope, id, account: account, region: region)
            encryptionMasterKey = try keyArn.map { try KMS.Key.fromKeyArn(self, "Key", keyArn: $0) }
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}
