import CDK
import CDKAssertions
import CDKS3
import Testing

/// The URLs of objects: path-style, virtual-hosted, Transfer Acceleration and `s3://`, for a
/// bucket of the app and for an imported bucket with a region.
@Suite struct BucketUrlTests {
    func stack() throws -> (Stack, S3.Bucket, any S3.BucketRef) {
        let stack = try Stack(try App(environment: [:]), "S")
        let bucket = try S3.Bucket(stack, "MyBucket")
        let regional = try S3.Bucket.fromBucketAttributes(stack, "RegionalBucket") {
            $0.bucketArn = "arn:aws:s3:::explicit-region-bucket"
            $0.region = "us-west-2"
        }
        return (stack, bucket, regional)
    }

    static let ref: JSONValue = ["Ref": "MyBucketF68F3FF0"]

    @Test func pathStyleUrlsNameTheRegionAndBucket() throws {
        let (stack, bucket, regional) = try stack()
        let prefix: [JSONValue] = ["https://s3.", ["Ref": "AWS::Region"], ".", ["Ref": "AWS::URLSuffix"], "/", Self.ref]
        #expect(try stack.resolve(.string(bucket.urlForObject())) == ["Fn::Join": ["", .array(prefix)]])
        #expect(try stack.resolve(.string(bucket.urlForObject("my/file.txt"))) == ["Fn::Join": ["", .array(prefix + ["/my/file.txt"])]])
        #expect(try stack.resolve(.string(bucket.urlForObject("/your/file.txt"))) == ["Fn::Join": ["", .array(prefix + ["/your/file.txt"])]])
        #expect(try stack.resolve(.string(regional.urlForObject())) == ["Fn::Join": ["", ["https://s3.us-west-2.", ["Ref": "AWS::URLSuffix"], "/explicit-region-bucket"]]])
    }

    @Test func s3UrlsNameTheBucketAndKey() throws {
        let (stack, bucket, _) = try stack()
        #expect(try stack.resolve(.string(bucket.s3UrlForObject())) == ["Fn::Join": ["", ["s3://", Self.ref]]])
        #expect(try stack.resolve(.string(bucket.s3UrlForObject("/your/file.txt"))) == ["Fn::Join": ["", ["s3://", Self.ref, "/your/file.txt"]]])
    }

    @Test func transferAccelerationUrlsUseTheAccelerateEndpoint() throws {
        let (stack, bucket, regional) = try stack()
        #expect(try stack.resolve(.string(bucket.transferAccelerationUrlForObject())) == ["Fn::Join": ["", ["https://", Self.ref, ".s3-accelerate.amazonaws.com/"]]])
        #expect(try stack.resolve(.string(bucket.transferAccelerationUrlForObject("/your/file.txt")))
                == ["Fn::Join": ["", ["https://", Self.ref, ".s3-accelerate.amazonaws.com/your/file.txt"]]])
        #expect(try stack.resolve(.string(bucket.transferAccelerationUrlForObject("my/file.txt", dualStack: true)))
                == ["Fn::Join": ["", ["https://", Self.ref, ".s3-accelerate.dualstack.amazonaws.com/my/file.txt"]]])
        #expect(regional.transferAccelerationUrlForObject() == "https://explicit-region-bucket.s3-accelerate.amazonaws.com/")
        #expect(regional.transferAccelerationUrlForObject(dualStack: true) == "https://explicit-region-bucket.s3-accelerate.dualstack.amazonaws.com/")
    }

    @Test func virtualHostedUrlsUseTheDomainNames() throws {
        let (stack, bucket, regional) = try stack()
        #expect(try stack.resolve(.string(bucket.virtualHostedUrlForObject())) == ["Fn::Join": ["", ["https://", ["Fn::GetAtt": ["MyBucketF68F3FF0", "RegionalDomainName"]]]]])
        #expect(try stack.resolve(.string(bucket.virtualHostedUrlForObject("key", regional: false)))
                == ["Fn::Join": ["", ["https://", ["Fn::GetAtt": ["MyBucketF68F3FF0", "DomainName"]], "/key"]]])
        #expect(regional.virtualHostedUrlForObject("/a") == "https://explicit-region-bucket.s3.us-west-2.amazonaws.com/a")
    }
}
