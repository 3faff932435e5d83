import CDK
import CDKAssertions
import CDKS3
import Testing

/// Lifecycle rules and metrics configurations as the AWS CDK renders them: sizes as numbers,
/// tag filters in the order given, an empty tag filter list kept.
@Suite struct BucketLifecycleTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func objectSizesAreWrittenAsNumbers() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Bucket") {
            $0.lifecycleRules = [S3.LifecycleRule(expiration: .days(30), objectSizeGreaterThan: 0, objectSizeLessThan: 5_368_709_120)]
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["LifecycleConfiguration": ["Rules": [
            ["ExpirationInDays": 30, "ObjectSizeGreaterThan": 0, "ObjectSizeLessThan": 5_368_709_120, "Status": "Enabled"],
        ]]])
    }

    @Test func tagFiltersKeepTheirOrder() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Bucket") {
            $0.lifecycleRules = [S3.LifecycleRule(expiration: .days(30), tagFilters: ["b": "2", "a": "1"])]
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["LifecycleConfiguration": ["Rules": [
            ["ExpirationInDays": 30, "Status": "Enabled", "TagFilters": [["Key": "b", "Value": "2"], ["Key": "a", "Value": "1"]]],
        ]]])
    }

    @Test func anEmptyTagFilterListIsWritten() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Bucket") { $0.metrics = [S3.BucketMetrics(id: "none", tagFilters: [:])] }
        try bucket.addLifecycleRule(S3.LifecycleRule(expiration: .days(1), tagFilters: [:]))
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", [
            "LifecycleConfiguration": ["Rules": [["ExpirationInDays": 1, "Status": "Enabled", "TagFilters": []]]],
            "MetricsConfigurations": [["Id": "none", "TagFilters": []]],
        ])
    }

    @Test func versionsToRetainAloneIsARuleWithoutExpiration() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Bucket") { $0.lifecycleRules = [S3.LifecycleRule(id: "keep", noncurrentVersionsToRetain: 0)] }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["LifecycleConfiguration": ["Rules": [
            Match.objectEquals(["Id": "keep", "Status": "Enabled"]),
        ]]])
    }

    @Test func emptyTransitionListsAreLeftOut() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Bucket") {
            $0.lifecycleRules = [S3.LifecycleRule(id: "none", noncurrentVersionTransitions: [], transitions: [])]
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["LifecycleConfiguration": ["Rules": [
            Match.objectEquals(["Id": "none", "Status": "Enabled"]),
        ]]])
    }

    @Test func anyTagFiltersConflictWithTheDeleteMarker() throws {
        let stack = try stack()
        try expectError(path: "/S/Bucket", message: "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.") {
            try S3.Bucket(stack, "Bucket") { $0.lifecycleRules = [S3.LifecycleRule(expiredObjectDeleteMarker: true, tagFilters: [:])] }
        }
        _ = try S3.Bucket(stack, "Marker") { $0.lifecycleRules = [S3.LifecycleRule(expiredObjectDeleteMarker: true)] }
    }
}
