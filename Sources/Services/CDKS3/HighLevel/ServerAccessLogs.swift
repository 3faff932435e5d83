import CDK
import CDKIAM

extension S3 {
    /// Which date a partitioned log object key uses.
    public enum PartitionDateSource: String, Sendable {
        /// The time of the logged event.
        case eventTime = "EventTime"
        /// The time the log was delivered.
        case deliveryTime = "DeliveryTime"
    }

    /// How server access log objects are named (`TargetObjectKeyFormat`).
    public enum TargetObjectKeyFormat: Sendable {
        /// `[prefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]`.
        case simplePrefix
        /// `[prefix][account]/[region]/[bucket]/[YYYY]/[MM]/[DD]/...`, dated by `dateSource`.
        case partitionedPrefix(PartitionDateSource)

        var rendered: CfnBucket.TargetObjectKeyFormatProperty {
            switch self {
            case .simplePrefix: .init(simplePrefix: .object([:]))
            case .partitionedPrefix(let source): .init(partitionedPrefix: .init(partitionDateSource: source.rawValue))
            }
        }
    }

    /// The flag that makes log delivery use a bucket policy statement instead of the
    /// `LogDeliveryWrite` ACL (default off).
    static let serverAccessLogsUseBucketPolicyFlag = "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy"
}

extension S3.Bucket {
    /// The `LoggingConfiguration` property, as the AWS CDK's `parseServerAccessLogs`; the
    /// logs bucket's key (if any) lets S3 logging encrypt and decrypt.
    static func renderServerAccessLogs(_ props: S3.BucketProps, at this: Construct) throws -> S3.CfnBucket.LoggingConfigurationProperty? {
        if props.serverAccessLogsBucket == nil && props.serverAccessLogsPrefix == nil { return nil }
        if props.serverAccessLogsBucket == nil, props.encryption == .kmsManaged || props.encryption == .dsseManaged {
            throw CDKError("KmsManagedKeyNotSupportedForAccessLogs",
                           "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access Logging target buckets", at: this)
        }
        if let key = props.serverAccessLogsBucket?.encryptionKey {
            try key.grantEncryptDecrypt(IAM.ServicePrincipal("logging.s3.amazonaws.com"))
        }
        return .init(destinationBucketName: props.serverAccessLogsBucket?.bucketName, logFilePrefix: props.serverAccessLogsPrefix,
                     targetObjectKeyFormat: props.targetObjectKeyFormat?.rendered)
    }

    /// Lets S3 server access logging of `source` write to this bucket: a bucket policy statement
    /// with the `serverAccessLogsUseBucketPolicy` flag, otherwise the `LogDeliveryWrite` ACL.
    func allowLogDelivery(from source: S3.Bucket, prefix: String?) throws {
        if FeatureFlags.of(self).isEnabled(S3.serverAccessLogsUseBucketPolicyFlag) {
            let conditions: JSONObject = source.stack === stack
                ? ["ArnLike": ["aws:SourceArn": .string(source.bucketArn)], "StringEquals": ["aws:SourceAccount": .string(source.environment.account)]]
                : [:]
            try addToResourcePolicy(IAM.PolicyStatement(
                actions: ["s3:PutObject"], resources: [arnForObjects(prefix.map { "\($0)*" } ?? "*")],
                principals: [IAM.ServicePrincipal("logging.s3.amazonaws.com")], conditions: conditions))
            return
        }
        if let accessControl, accessControl != .logDeliveryWrite {
            throw CDKError("CannotEnableLogDeliveryBucket",
                           "Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be changed: remove 'accessControl' or set it to LogDeliveryWrite.", at: self)
        }
        accessControl = .logDeliveryWrite
        cfnBucket.accessControl = S3.BucketAccessControl.logDeliveryWrite.rawValue
        cfnBucket.ownershipControls = try Self.renderOwnershipControls(objectOwnership, .logDeliveryWrite, at: self)
    }
}
