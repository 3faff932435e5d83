import CDK
import CDKAssertions
import CDKKMS
import CDKS3
import Testing

/// How a bucket encrypts its objects: the `BucketEncryption` property, its key, and the
/// combinations the AWS CDK refuses.
@Suite struct BucketEncryptionTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    func encryptionRules(_ stack: Stack) throws -> JSONValue? {
        try Template(stack).findResources("AWS::S3::Bucket").values.first?["Properties"]?["BucketEncryption"]?["ServerSideEncryptionConfiguration"]
    }

    @Test(arguments: [(S3.BucketEncryption.s3Managed, "AES256"), (.kmsManaged, "aws:kms"), (.dsseManaged, "aws:kms:dsse")])
    func managedEncryptionNamesOnlyTheAlgorithm(encryption: S3.BucketEncryption, algorithm: String) throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Data") { $0.encryption = encryption }
        #expect(try encryptionRules(stack) == [["ServerSideEncryptionByDefault": ["SSEAlgorithm": .string(algorithm)]]])
        try Template(stack).resourceCountIs("AWS::KMS::Key", 0)
    }

    @Test func unencryptedWritesNoEncryptionProperty() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Data") { $0.encryption = .unencrypted }
        try Template(stack).hasResource("AWS::S3::Bucket", ["Properties": Match.absent()])
    }

    @Test func dsseCreatesAKeyWithoutRotation() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Data") { $0.encryption = .dsse }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::KMS::Key", ["Description": "Created by S/Data", "EnableKeyRotation": Match.absent()])
        let key = try #require(bucket.encryptionKey as? KMS.Key)
        #expect(try encryptionRules(stack) == [["ServerSideEncryptionByDefault": [
            "KMSMasterKeyID": ["Fn::GetAtt": [.string(try template.logicalId(of: key)), "Arn"]], "SSEAlgorithm": "aws:kms:dsse",
        ]]])
    }

    @Test(arguments: [S3.BucketEncryption.kms, .dsse])
    func aGivenKeyIsUsedAndNoOtherIsCreated(encryption: S3.BucketEncryption) throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "MyKey") { $0.description = "hello, world" }
        _ = try S3.Bucket(stack, "Data") { $0.encryption = encryption; $0.encryptionKey = key }
        try Template(stack).resourceCountIs("AWS::KMS::Key", 1)
        #expect(try encryptionRules(stack)?[0]?["ServerSideEncryptionByDefault"]?["KMSMasterKeyID"] == ["Fn::GetAtt": ["MyKey6AB29FA6", "Arn"]])
    }

    @Test(arguments: [S3.BucketEncryption.kmsManaged, .dsseManaged, .s3Managed, .unencrypted])
    func aKeyNeedsCustomerManagedEncryption(encryption: S3.BucketEncryption) throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "MyKey")
        try expectError(path: "/S/Data", message: .exactly("encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: \(encryption.rawValue))")) {
            try S3.Bucket(stack, "Data") { $0.encryption = encryption; $0.encryptionKey = key }
        }
    }

    @Test(arguments: [(S3.BucketEncryption.kms, "aws:kms"), (.kmsManaged, "aws:kms"), (.dsse, "aws:kms:dsse"), (.dsseManaged, "aws:kms:dsse"), (.s3Managed, "AES256")])
    func bucketKeysGoWithEveryEncryption(encryption: S3.BucketEncryption, algorithm: String) throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Data") { $0.encryption = encryption; $0.bucketKeyEnabled = true }
        let rule = try #require(try encryptionRules(stack)?[0])
        #expect(rule["BucketKeyEnabled"] == true)
        #expect(rule["ServerSideEncryptionByDefault"]?["SSEAlgorithm"] == .string(algorithm))
    }

    @Test func bucketKeysNeedEncryption() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: .exactly("bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: UNENCRYPTED)")) {
            try S3.Bucket(stack, "A") { $0.bucketKeyEnabled = true; $0.encryption = .unencrypted }
        }
        try expectError(path: "/S/B", message: .exactly("bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: UNENCRYPTED)")) {
            try S3.Bucket(stack, "B") { $0.bucketKeyEnabled = true }
        }
    }

    @Test func blockedEncryptionTypesGoIntoTheRule() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Plain") { $0.encryption = .unencrypted; $0.blockedEncryptionTypes = [.sseC] }
        _ = try S3.Bucket(stack, "Managed") { $0.encryption = .s3Managed; $0.blockedEncryptionTypes = [.none] }
        _ = try S3.Bucket(stack, "Custom") { $0.encryption = .s3Managed; $0.blockedEncryptionTypes = [.custom("unknown"), .custom("unsupported")] }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketEncryption": ["ServerSideEncryptionConfiguration": [
            Match.objectEquals(["BlockedEncryptionTypes": ["EncryptionType": ["SSE-C"]]]),
        ]]])
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketEncryption": ["ServerSideEncryptionConfiguration": [
            ["BlockedEncryptionTypes": ["EncryptionType": ["NONE"]], "ServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"]],
        ]]])
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketEncryption": ["ServerSideEncryptionConfiguration": [
            ["BlockedEncryptionTypes": ["EncryptionType": ["unknown", "unsupported"]]],
        ]]])
    }

    @Test func blockedEncryptionTypesAreChecked() throws {
        let stack = try stack()
        try expectError(path: "/S/Empty", message: "At least one blocked encryption type must be specified") {
            try S3.Bucket(stack, "Empty") { $0.encryption = .dsse; $0.blockedEncryptionTypes = [] }
        }
        try expectError(path: "/S/Mixed", message: .exactly("If NONE is specified as the blocked encryption type, no other encryption types may be specified")) {
            try S3.Bucket(stack, "Mixed") { $0.encryption = .kmsManaged; $0.blockedEncryptionTypes = [.none, .sseC] }
        }
    }
}
