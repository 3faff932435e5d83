import CDK
import CDKKMS

extension S3.Bucket {
    /// The `BucketEncryption` property and the key that encrypts objects, as the AWS CDK's
    /// `parseEncryption`: the key is created under `this` as `Key` when the encryption needs one
    /// and none was given.
    static func renderEncryption(_ props: S3.BucketProps, in this: ConstructScope) throws
        -> (property: S3.CfnBucket.BucketEncryptionProperty?, key: (any KMS.KeyRef)?) {
        let type = props.encryption ?? (props.encryptionKey != nil ? .kms : .unencrypted)
        if type != .dsse && type != .kms && props.encryptionKey != nil {
            throw CDKError("EncryptionkeySpecified",
                           "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: \(type.rawValue))", at: this)
        }
        if props.bucketKeyEnabled == true && type == .unencrypted {
            throw CDKError("BucketKeyEnabledSpecifiedEncryption",
                           "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: \(type.rawValue))", at: this)
        }
        let blocked = try renderBlockedEncryptionTypes(props.blockedEncryptionTypes, at: this)
        func rule(_ algorithm: String, _ keyArn: String? = nil) -> S3.CfnBucket.BucketEncryptionProperty {
            .init(serverSideEncryptionConfiguration: [.init(blockedEncryptionTypes: blocked, bucketKeyEnabled: props.bucketKeyEnabled,
                                                             serverSideEncryptionByDefault: .init(kmsMasterKeyId: keyArn, sseAlgorithm: algorithm))])
        }
        switch type {
        case .unencrypted:
            guard let blocked else { return (nil, nil) }
            return (.init(serverSideEncryptionConfiguration: [.init(blockedEncryptionTypes: blocked)]), nil)
        case .s3Managed: return (rule("AES256"), nil)
        case .kmsManaged: return (rule("aws:kms"), nil)
        case .dsseManaged: return (rule("aws:kms:dsse"), nil)
        case .kms:
            let key = try props.encryptionKey ?? KMS.Key(this, "Key") { $0.description = "Created by \(this.node.path)"; $0.enableKeyRotation = true }
            return (rule("aws:kms", key.keyArn), key)
        case .dsse:
            let key = try props.encryptionKey ?? KMS.Key(this, "Key") { $0.description = "Created by \(this.node.path)" }
            return (rule("aws:kms:dsse", key.keyArn), key)
        }
    }

    private static func renderBlockedEncryptionTypes(_ types: [S3.BlockedEncryptionType]?, at this: ConstructScope) throws
        -> S3.CfnBucket.BlockedEncryptionTypesProperty? {
        guard let types else { return nil }
        if types.isEmpty {
            throw CDKError("EmptyBlockedEncryptionTypes",
                           "At least one blocked encryption type must be specified: leave 'blockedEncryptionTypes' unset to block none.", at: this)
        }
        if types.contains(.none) && types.count > 1 {
            throw CDKError("ConflictingBlockedEncryptionTypes",
                           "If NONE is specified as the blocked encryption type, no other encryption types may be specified", at: this)
        }
        return .init(encryptionType: types.map(\.name))
    }
}
