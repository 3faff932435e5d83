import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import CDKKMS
import Testing

/// Encryption at rest: each `TableEncryption`, a given or created key, the key grants, and the
/// errors of a key with another encryption.
@Suite struct TableEncryptionTests {
    @Test func customerManagedCreatesARotatedKey() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, "MyTable") { $0.encryption = .customerManaged }
        let template = try Template(stack)
        let keyId = try template.logicalId(of: try #require(table.encryptionKey as? KMS.Key))
        #expect(keyId.hasPrefix("MyTableKey"))
        try template.hasResourceProperties("AWS::DynamoDB::Table", ["SSESpecification": [
            "KMSMasterKeyId": ["Fn::GetAtt": [.json(.string(keyId)), "Arn"]], "SSEEnabled": true, "SSEType": "KMS",
        ]])
        try template.hasResourceProperties("AWS::KMS::Key", [
            "Description": "Customer-managed key auto-created for encrypting DynamoDB table at S/MyTable", "EnableKeyRotation": true,
        ])
    }

    @Test func aGivenKeyMeansCustomerManaged() throws {
        for explicit in [false, true] {
            let stack = try makeStack()
            let key = try KMS.Key(stack, "Key") { $0.enableKeyRotation = true }
            _ = try makeTable(stack) {
                $0.encryptionKey = key
                if explicit { $0.encryption = .customerManaged }
            }
            let template = try Template(stack)
            try template.resourceCountIs("AWS::KMS::Key", 1)
            try template.hasResourceProperties("AWS::DynamoDB::Table", ["SSESpecification": [
                "KMSMasterKeyId": ["Fn::GetAtt": [.json(.string(try template.logicalId(of: key))), "Arn"]], "SSEEnabled": true, "SSEType": "KMS",
            ]])
        }
    }

    @Test func awsManagedAndDefault() throws {
        let stack = try makeStack()
        let managed = try makeTable(stack, "Managed") { $0.encryption = .awsManaged }
        let owned = try makeTable(stack, "Owned") { $0.encryption = .default }
        let template = try Template(stack)
        #expect(try template.resource(of: managed)["Properties"]?.objectValue?["SSESpecification"] == ["SSEEnabled": true])
        #expect(try template.resource(of: owned)["Properties"]?.objectValue?["SSESpecification"] == ["SSEEnabled": false])
    }

    @Test func keyWithAnotherEncryptionIsRejected() throws {
        for encryption in [DynamoDB.TableEncryption.awsManaged, .default] {
            let stack = try makeStack()
            let key = try KMS.Key(stack, "Key")
            try expectError(path: "/S/Table A", message: .init(stringLiteral: "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED (it was set to \(encryption.rawValue))")) {
                try makeTable(stack, "Table A") {
                    $0.encryption = encryption
                    $0.encryptionKey = key
                }
            }
        }
        let stack = try makeStack()
        let key = try KMS.Key(stack, "Key")
        try expectError(path: "/S/Table A", message: "encryptionKey cannot be specified when serverSideEncryption is specified. Use encryption instead") {
            try makeTable(stack, "Table A") {
                $0.serverSideEncryption = true
                $0.encryptionKey = key
            }
        }
        try expectError(path: "/S/Table B", message: "Only one of encryption and serverSideEncryption can be specified, but both were provided") {
            try makeTable(stack, "Table B") {
                $0.encryption = .default
                $0.serverSideEncryption = true
            }
        }
    }

    @Test func writeAndReadWriteGrantsUseTheKey() throws {
        for grantWrite in [false, true] {
            let stack = try makeStack()
            let role = try makeRole(stack)
            let table = try makeTable(stack, "Table A") { $0.encryption = .customerManaged }
            if grantWrite { try table.grantWriteData(role) } else { try table.grantReadWriteData(role) }
            let template = try Template(stack)
            let keyId = try template.logicalId(of: try #require(table.encryptionKey as? KMS.Key))
            try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": Match.arrayWith([[
                "Action": ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
                "Effect": "Allow", "Resource": ["Fn::GetAtt": [.json(.string(keyId)), "Arn"]],
            ]])]])
        }
    }
}
