import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Testing

/// Replication: the replication configuration, the role and its permissions, rules to other
/// accounts, and the checks on the rules.
@Suite struct BucketReplicationTests {
    func stack(_ app: App? = nil) throws -> Stack { try Stack(try app ?? App(environment: [:]), "stack") }

    func rule(_ destination: any S3.BucketRef, _ change: (inout S3.ReplicationRule) -> Void = { _ in }) -> S3.ReplicationRule {
        var rule = S3.ReplicationRule(destination: destination)
        change(&rule)
        return rule
    }

    @Test func defaultsReplicateEverythingWithANamedRole() throws {
        let stack = try stack()
        let dst = try S3.Bucket(stack, "DstBucket")
        let src = try S3.Bucket(stack, "SrcBucket") { $0.versioned = true; $0.replicationRules = [rule(dst)] }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", [
            "VersioningConfiguration": ["Status": "Enabled"],
            "ReplicationConfiguration": ["Role": ["Fn::GetAtt": ["SrcBucketReplicationRole5B31865A", "Arn"]], "Rules": [Match.objectEquals([
                "Destination": ["Bucket": ["Fn::GetAtt": ["DstBucket3E241BF2", "Arn"]]], "Status": "Enabled", "Filter": ["Prefix": ""],
                "DeleteMarkerReplication": ["Status": "Disabled"],
            ])]],
        ])
        try template.hasResourceProperties("AWS::IAM::Role", [
            "RoleName": "CDKReplicationRole",
            "AssumeRolePolicyDocument": ["Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "s3.amazonaws.com"]]]],
        ])
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            Match.objectEquals(["Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"], "Effect": "Allow", "Resource": ["Fn::GetAtt": ["SrcBucket613E28A1", "Arn"]]]),
            Match.objectEquals(["Action": ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"], "Effect": "Allow",
                                "Resource": ["Fn::Join": ["", [["Fn::GetAtt": ["SrcBucket613E28A1", "Arn"]], "/*"]]]]),
            Match.objectEquals(["Action": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags", "s3:ObjectOwnerOverrideToBucketOwner"], "Effect": "Allow",
                                "Resource": ["Fn::Join": ["", [["Fn::GetAtt": ["DstBucket3E241BF2", "Arn"]], "/*"]]]]),
        ]], "Roles": [["Ref": "SrcBucketReplicationRole5B31865A"]]])
        #expect(try stack.resolve(.string(try #require(src.replicationRoleArn))) == ["Fn::GetAtt": ["SrcBucketReplicationRole5B31865A", "Arn"]])
    }

    @Test func withTheUniqueNameFlagTheRoleHasNoFixedName() throws {
        let stack = try stack(try App(context: ["@aws-cdk/aws-s3:setUniqueReplicationRoleName": true], environment: [:]))
        let dst = try S3.Bucket(stack, "DstBucket")
        _ = try S3.Bucket(stack, "SrcBucket") { $0.versioned = true; $0.replicationRules = [rule(dst)] }
        try Template(stack).hasResourceProperties("AWS::IAM::Role", ["RoleName": Match.absent()])
    }

    @Test func everyRuleSettingIsWritten() throws {
        let stack = try stack()
        let dst = try S3.Bucket(stack, "DstBucket")
        let key = try KMS.Key(stack, "Key")
        _ = try S3.Bucket(stack, "SrcBucket") {
            $0.versioned = true
            $0.replicationRules = [rule(dst) {
                $0.replicationTimeControl = .fifteenMinutes
                $0.metrics = .fifteenMinutes
                $0.kmsKey = key
                $0.storageClass = .glacier
                $0.sseKmsEncryptedObjects = true
                $0.replicaModifications = true
                $0.id = "rule1"
                $0.priority = 1
                $0.deleteMarkerReplication = false
                $0.filter = S3.ReplicationFilter(prefix: "filterWord", tags: [S3.Tag(key: "filterKey", value: "filterValue")])
            }]
        }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["ReplicationConfiguration": ["Rules": [Match.objectEquals([
            "Id": "rule1", "Priority": 1, "Status": "Enabled",
            "Destination": [
                "Bucket": ["Fn::GetAtt": ["DstBucket3E241BF2", "Arn"]], "StorageClass": "GLACIER",
                "EncryptionConfiguration": ["ReplicaKmsKeyID": ["Fn::GetAtt": ["Key961B73FD", "Arn"]]],
                "ReplicationTime": ["Status": "Enabled", "Time": ["Minutes": 15]],
                "Metrics": ["Status": "Enabled", "EventThreshold": ["Minutes": 15]],
            ],
            "DeleteMarkerReplication": ["Status": "Disabled"],
            "SourceSelectionCriteria": ["ReplicaModifications": ["Status": "Enabled"], "SseKmsEncryptedObjects": ["Status": "Enabled"]],
            "Filter": ["And": ["Prefix": "filterWord", "TagFilters": [["Key": "filterKey", "Value": "filterValue"]]]],
        ])]]])
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": Match.arrayWith([
            Match.objectEquals(["Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"], "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Key961B73FD", "Arn"]]]),
        ])]])
    }

    @Test func filtersAreAPrefixOrAnAnd() throws {
        let stack = try stack()
        let dst = try S3.Bucket(stack, "DstBucket")
        let one = S3.Tag(key: "k1", value: "v1"), two = S3.Tag(key: "k2", value: "v2")
        _ = try S3.Bucket(stack, "Prefix") { $0.versioned = true; $0.replicationRules = [rule(dst) { $0.filter = S3.ReplicationFilter(prefix: "filterWord") }] }
        _ = try S3.Bucket(stack, "Tags") { $0.versioned = true; $0.replicationRules = [rule(dst) { $0.filter = S3.ReplicationFilter(tags: [one, two]) }] }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["ReplicationConfiguration": ["Rules": [["Filter": Match.objectEquals(["Prefix": "filterWord"])]]]])
        try template.hasResourceProperties("AWS::S3::Bucket", ["ReplicationConfiguration": ["Rules": [["Filter": Match.objectEquals(["And": [
            "TagFilters": [["Key": "k1", "Value": "v1"], ["Key": "k2", "Value": "v2"]], "Prefix": "",
        ]])]]]])
    }

    @Test func theSourceKeyIsDecrypted() throws {
        let stack = try stack()
        let dst = try S3.Bucket(stack, "DstBucket")
        let key = try KMS.Key(stack, "Key")
        _ = try S3.Bucket(stack, "SrcBucket") { $0.versioned = true; $0.encryption = .kms; $0.encryptionKey = key; $0.replicationRules = [rule(dst)] }
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": Match.arrayWith([
            Match.objectEquals(["Action": "kms:Decrypt", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Key961B73FD", "Arn"]]]),
        ])]])
    }

    @Test func aGivenRoleIsUsedAndGrantedOnRequest() throws {
        let stack = try stack()
        let dstKey = try KMS.Key(stack, "DstEncryptionKey"), srcKey = try KMS.Key(stack, "SrcEncryptionKey")
        let dst = try S3.Bucket(stack, "DstBucket") { $0.encryptionKey = dstKey }
        let other = try S3.Bucket(stack, "DstBucketNoEncryption")
        let role = try IAM.Role(stack, "ReplicationRole", .init(assumedBy: IAM.ServicePrincipal("s3.amazonaws.com")))
        let src = try S3.Bucket(stack, "SrcBucket") {
            $0.versioned = true
            $0.replicationRole = role
            $0.encryptionKey = srcKey
            $0.replicationRules = [rule(dst) { $0.kmsKey = dstKey; $0.priority = 1 }, rule(other) { $0.priority = 2 }]
        }
        #expect(role.defaultPolicyIfCreated == nil)
        let grants = try src.grantReplicationPermission(role, destinations: [S3.ReplicationDestination(bucket: dst, encryptionKey: dstKey)])
        #expect(grants.count == 5)
        for grant in grants { try grant.assertSuccess() }
        let template = try Template(stack)
        try template.resourceCountIs("AWS::IAM::Role", 1)
        try template.hasResourceProperties("AWS::S3::Bucket", ["ReplicationConfiguration": ["Role": ["Fn::GetAtt": ["ReplicationRoleCE149CEC", "Arn"]],
                                                                                             "Rules": [["Priority": 1], ["Priority": 2]]]])
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": Match.arrayWith([
            Match.objectEquals(["Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"], "Effect": "Allow", "Resource": ["Fn::GetAtt": ["DstEncryptionKey8C28AFFA", "Arn"]]]),
            Match.objectEquals(["Action": "kms:Decrypt", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["SrcEncryptionKeyCCB1A334", "Arn"]]]),
        ])]])
        try expectError(path: "/stack/SrcBucket", message: "At least one destination bucket must be specified in the destinations array") {
            try src.grantReplicationPermission(role, destinations: [])
        }
    }

    @Test func anotherAccountGetsTheRoleByName() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "stack", env: Environment(account: "111111111111", region: "us-east-1"))
        let dstStack = try Stack(app, "DstStack", env: Environment(account: "222222222222"))
        let dst = try S3.Bucket(dstStack, "DstBucket") { $0.bucketName = "another-account-dst-bucket" }
        let src = try S3.Bucket(stack, "SrcBucket") { $0.versioned = true; $0.replicationRules = [rule(dst) { $0.accessControlTransition = true }] }
        try dst.addReplicationPolicy(roleArn: try #require(src.replicationRoleArn), accessControlTransition: true, account: "111111111111")
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["ReplicationConfiguration": ["Rules": [["Destination": Match.objectEquals([
            "Bucket": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::another-account-dst-bucket"]]],
            "Account": "222222222222", "AccessControlTranslation": ["Owner": "Destination"],
        ])]]]])
        let role: JSONValue = ["AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::111111111111:role/CDKReplicationRole"]]]]
        try Template(dstStack).hasResourceProperties("AWS::S3::BucketPolicy", ["Bucket": ["Ref": "DstBucket3E241BF2"], "PolicyDocument": ["Statement": [
            ["Action": ["s3:GetBucketVersioning", "s3:PutBucketVersioning"], "Principal": .json(role), "Resource": ["Fn::GetAtt": ["DstBucket3E241BF2", "Arn"]]],
            ["Action": ["s3:ReplicateObject", "s3:ReplicateDelete"], "Principal": .json(role)],
            ["Action": "s3:ObjectOwnerOverrideToBucketOwner",
             "Principal": ["AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::111111111111:root"]]]]],
        ]]])
        try AnnotationsAssertions(stack).hasInfo("/stack/SrcBucket", Match.stringLikeRegexp("addReplicationPolicy"))
    }

    @Test func anImportedDestinationNotesThePolicyToAdd() throws {
        let stack = try stack()
        let imported = try S3.Bucket.fromBucketName(stack, "Imported", bucketName: "imported-bucket")
        try imported.addReplicationPolicy(roleArn: "arn:aws:iam::111111111111:role/replication")
        try AnnotationsAssertions(stack).hasInfo("/stack/Imported", Match.stringLikeRegexp("please grant access permissions from arn:aws:iam::111111111111:role/replication"))
        try expectError(path: "/stack/Imported", message: "account must be specified to override ownership access control transition") {
            try imported.addReplicationPolicy(roleArn: "arn:aws:iam::111111111111:role/replication", accessControlTransition: true, account: nil)
        }
    }

    @Test func rulesAreChecked() throws {
        let stack = try stack()
        let dst = try S3.Bucket(stack, "DstBucket")
        let role = try IAM.Role(stack, "ReplicationRole", .init(assumedBy: IAM.ServicePrincipal("s3.amazonaws.com")))
        try expectError(path: "/stack/A", message: "accessControlTranslation is only supported for cross-account replication") {
            try S3.Bucket(stack, "A") { $0.versioned = true; $0.replicationRules = [rule(dst) { $0.accessControlTransition = true }] }
        }
        try expectError(path: "/stack/B", message: "tag filter cannot be specified when 'deleteMarkerReplication' is enabled.") {
            try S3.Bucket(stack, "B") {
                $0.versioned = true
                $0.replicationRules = [rule(dst) { $0.deleteMarkerReplication = true; $0.filter = S3.ReplicationFilter(tags: [S3.Tag(key: "k", value: "v")]) }]
            }
        }
        for (id, rules) in [("C", nil), ("D", [S3.ReplicationRule]())] {
            try expectError(path: "/stack/\(id)", message: "cannot specify replicationRole when replicationRules is empty") {
                try S3.Bucket(stack, id) { $0.versioned = true; $0.replicationRole = role; $0.replicationRules = rules }
            }
        }
        try expectError(path: "/stack/E", message: "Replication rules require versioning to be enabled on the bucket") {
            try S3.Bucket(stack, "E") { $0.replicationRules = [rule(dst)] }
        }
        try expectError(path: "/stack/F", message: "'priority' must be specified for all replication rules when there are multiple rules") {
            try S3.Bucket(stack, "F") { $0.versioned = true; $0.replicationRules = [rule(dst), rule(dst)] }
        }
        try expectError(path: "/stack/G", message: "'replicationTimeControlMetrics' must be enabled when 'replicationTimeControl' is enabled.") {
            try S3.Bucket(stack, "G") { $0.versioned = true; $0.replicationRules = [rule(dst) { $0.replicationTimeControl = .fifteenMinutes }] }
        }
    }
}
