import CDK
import CDKAssertions
import CDKIAM
import CDKS3
import Testing

/// Inventory reports: their defaults, ids, the destination's bucket policy, and the checks made
/// at synthesis.
@Suite struct BucketInventoryTests {
    @Test func defaultsAreAWeeklyCsvOfAllVersions() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let inventoryBucket = try S3.Bucket(stack, "InventoryBucket")
        _ = try S3.Bucket(stack, "MyBucket") { $0.inventories = [S3.Inventory(destination: .init(bucket: inventoryBucket))] }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["InventoryConfigurations": [Match.objectEquals([
            "Enabled": true, "IncludedObjectVersions": "All", "ScheduleFrequency": "Weekly",
            "Destination": ["Format": "CSV", "BucketArn": ["Fn::GetAtt": ["InventoryBucketA869B8CB", "Arn"]]], "Id": "MyBucketInventory0",
        ])]])
        try template.hasResourceProperties("AWS::S3::BucketPolicy", [
            "Bucket": ["Ref": "InventoryBucketA869B8CB"],
            "PolicyDocument": ["Statement": [[
                "Action": "s3:PutObject", "Principal": ["Service": "s3.amazonaws.com"],
                "Condition": ["ArnLike": ["aws:SourceArn": ["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]]]],
                "Resource": [["Fn::GetAtt": ["InventoryBucketA869B8CB", "Arn"]],
                             ["Fn::Join": ["", [["Fn::GetAtt": ["InventoryBucketA869B8CB", "Arn"]], "/*"]]]],
            ]]],
        ])
    }

    @Test func generatedIdsKeepTheirLast64Characters() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let inventoryBucket = try S3.Bucket(stack, "InventoryBucket")
        _ = try S3.Bucket(stack, "AVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVery@#$+:;?!&LongNodeIdName") {
            $0.inventories = [S3.Inventory(destination: .init(bucket: inventoryBucket))]
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["InventoryConfigurations": [
            ["Id": "VeryVeryVeryVeryVeryVeryVeryVeryVeryVeryLongNodeIdNameInventory0"],
        ]])
    }

    @Test func invalidIdsFailAtSynthesis() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let inventoryBucket = try S3.Bucket(stack, "InventoryBucket")
        _ = try S3.Bucket(stack, "MyBucket2") {
            $0.inventories = [S3.Inventory(destination: .init(bucket: inventoryBucket), inventoryId: "InvalidId&123")]
        }
        try expectSynthesisError(app, path: "/S/MyBucket2",
                                 message: "inventoryId should not exceed 64 characters and should not contain special characters except . and -, got InvalidId&123")
    }

    @Test func theDestinationPolicyStatementComesAfterThoseAddedWhileBuilding() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let inventoryBucket = try S3.Bucket(stack, "InventoryBucket")
        let source = try S3.Bucket(stack, "Source")
        source.addInventory(S3.Inventory(destination: .init(bucket: inventoryBucket, prefix: "reports/")))
        try inventoryBucket.grantRead(IAM.AccountPrincipal("222222222222"))
        let statements = try Template(stack).resource(of: try #require(inventoryBucket.policy))["Properties"]?["PolicyDocument"]?["Statement"]?.arrayValue
        #expect(statements?.map { $0["Action"] } == [["s3:GetObject*", "s3:GetBucket*", "s3:List*"], "s3:PutObject"])
        #expect(statements?.last?["Resource"]?[1] == ["Fn::Join": ["", [["Fn::GetAtt": ["InventoryBucketA869B8CB", "Arn"]], "/reports/*"]]])
    }

    @Test func importedDestinationsGetNoPolicy() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let external = try S3.Bucket.fromBucketName(stack, "External", bucketName: "external-reports")
        _ = try S3.Bucket(stack, "MyBucket") { $0.inventories = [S3.Inventory(destination: .init(bucket: external))] }
        let template = try Template(stack)
        try template.resourceCountIs("AWS::S3::BucketPolicy", 0)
        try template.hasResourceProperties("AWS::S3::Bucket", ["InventoryConfigurations": [[
            "Destination": ["BucketArn": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::external-reports"]]]],
        ]]])
    }
}
