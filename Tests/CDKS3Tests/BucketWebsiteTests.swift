import CDK
import CDKAssertions
import CDKS3
import Testing

/// Static website hosting: documents, redirects, routing rules, and the website URL and domain
/// of buckets of the app and of imported ones.
@Suite struct BucketWebsiteTests {
    func stack(region: String? = nil) throws -> Stack {
        try Stack(try App(environment: [:]), "S", env: Environment(region: region))
    }

    @Test func documentsMakeAWebsite() throws {
        let stack = try stack()
        let index = try S3.Bucket(stack, "Index") { $0.websiteIndexDocument = "index2.html" }
        let both = try S3.Bucket(stack, "Both") { $0.websiteIndexDocument = "index2.html"; $0.websiteErrorDocument = "error.html" }
        let none = try S3.Bucket(stack, "None")
        #expect(index.isWebsite && both.isWebsite && !none.isWebsite)
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["WebsiteConfiguration": Match.objectEquals(["IndexDocument": "index2.html"])])
        try template.hasResourceProperties("AWS::S3::Bucket", ["WebsiteConfiguration": ["IndexDocument": "index2.html", "ErrorDocument": "error.html"]])
    }

    @Test func redirectsMakeAWebsite() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Website") { $0.websiteRedirect = S3.RedirectTarget(hostName: "www.example.com", protocol: .https) }
        #expect(bucket.isWebsite)
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["WebsiteConfiguration": [
            "RedirectAllRequestsTo": ["HostName": "www.example.com", "Protocol": "https"],
        ]])
    }

    @Test func routingRulesRedirectMatchingRequests() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Website") {
            $0.websiteRoutingRules = [
                S3.RoutingRule(hostName: "www.example.com", httpRedirectCode: "302", protocol: .https, replaceKey: .prefixWith("test/"),
                               condition: S3.RoutingRuleCondition(httpErrorCodeReturnedEquals: "200", keyPrefixEquals: "prefix")),
                S3.RoutingRule(replaceKey: .with("index.html"), condition: S3.RoutingRuleCondition(keyPrefixEquals: "")),
            ]
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["WebsiteConfiguration": ["RoutingRules": [
            ["RedirectRule": ["HostName": "www.example.com", "HttpRedirectCode": "302", "Protocol": "https", "ReplaceKeyPrefixWith": "test/"],
             "RoutingRuleCondition": ["HttpErrorCodeReturnedEquals": "200", "KeyPrefixEquals": "prefix"]],
            ["RedirectRule": Match.objectEquals(["ReplaceKeyWith": "index.html"]), "RoutingRuleCondition": Match.objectEquals(["KeyPrefixEquals": ""])],
        ]]])
    }

    @Test func websitePropsThatDoNotGoTogetherFail() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "\"websiteIndexDocument\" is required if \"websiteErrorDocument\" is set") {
            try S3.Bucket(stack, "A") { $0.websiteErrorDocument = "error.html" }
        }
        let redirect = S3.RedirectTarget(hostName: "www.example.com")
        let message = "\"websiteIndexDocument\", \"websiteErrorDocument\" and, \"websiteRoutingRules\" cannot be set if \"websiteRedirect\" is used"
        try expectError(path: "/S/B", message: .containing(message)) {
            try S3.Bucket(stack, "B") { $0.websiteIndexDocument = "index.html"; $0.websiteErrorDocument = "error.html"; $0.websiteRedirect = redirect }
        }
        try expectError(path: "/S/C", message: .containing(message)) {
            try S3.Bucket(stack, "C") { $0.websiteRoutingRules = []; $0.websiteRedirect = redirect }
        }
        try expectError(path: "/S/D", message: "The condition property cannot be an empty object") {
            try S3.Bucket(stack, "D") { $0.websiteRoutingRules = [S3.RoutingRule(httpRedirectCode: "303", condition: S3.RoutingRuleCondition())] }
        }
    }

    @Test func theWebsiteUrlAndDomainOfABucketAreItsAttribute() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Website") { $0.websiteIndexDocument = "index.html" }
        #expect(try stack.resolve(.string(bucket.bucketWebsiteUrl)) == ["Fn::GetAtt": ["Website32962D0B", "WebsiteURL"]])
        #expect(try stack.resolve(.string(bucket.bucketWebsiteDomainName)) == ["Fn::Select": [2, ["Fn::Split": ["/", ["Fn::GetAtt": ["Website32962D0B", "WebsiteURL"]]]]]])
    }

    @Test func importedBucketsInAnUnknownRegionLookTheEndpointUp() throws {
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketName(stack, "Website", bucketName: "my-test-bucket")
        let endpoint: JSONValue = ["Fn::FindInMap": ["S3staticwebsiteMap", ["Ref": "AWS::Region"], "endpoint"]]
        #expect(try stack.resolve(.string(bucket.bucketWebsiteUrl)) == ["Fn::Join": ["", ["http://my-test-bucket.", endpoint]]])
        #expect(try stack.resolve(.string(bucket.bucketWebsiteDomainName)) == ["Fn::Join": ["", ["my-test-bucket.", endpoint]]])
        let mapping = try #require(try Template(stack).findMappings("S3staticwebsiteMap").values.first)
        #expect(mapping["us-east-1"]?["endpoint"] == "s3-website-us-east-1.amazonaws.com")
        #expect(mapping["us-east-2"]?["endpoint"] == "s3-website.us-east-2.amazonaws.com")
        #expect(mapping["cn-north-1"]?["endpoint"] == "s3-website.cn-north-1.amazonaws.com.cn")
        #expect(mapping.objectValue?.count == 46)
    }

    @Test func importedBucketsWithAGivenUrlUseIt() throws {
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketAttributes(stack, "Website") {
            $0.bucketName = "my-test-bucket"
            $0.bucketWebsiteUrl = "http://my-test-bucket.my-test.suffix"
        }
        #expect(try stack.resolve(.string(bucket.bucketWebsiteUrl)) == "http://my-test-bucket.my-test.suffix")
        #expect(try stack.resolve(.string(bucket.bucketWebsiteDomainName)) == "my-test-bucket.my-test.suffix")
        #expect(try Template(stack).findMappings().isEmpty)
    }

    @Test(arguments: [("us-east-2", "http://mybucket.s3-website.us-east-2.amazonaws.com"),
                      ("cn-north-1", "http://mybucket.s3-website.cn-north-1.amazonaws.com.cn"),
                      ("us-east-1", "http://mybucket.s3-website-us-east-1.amazonaws.com")])
    func theRegionDecidesTheUrlFormat(region: String, url: String) throws {
        let bucket = try S3.Bucket.fromBucketAttributes(try stack(region: region), "B") { $0.bucketName = "mybucket" }
        #expect(bucket.bucketWebsiteUrl == url)
    }

    @Test func theUrlFormatCanBeForced() throws {
        let stack = try stack(region: "us-east-1")
        let new = try S3.Bucket.fromBucketAttributes(stack, "New") { $0.bucketName = "mybucket"; $0.bucketWebsiteNewUrlFormat = true }
        let old = try S3.Bucket.fromBucketAttributes(try self.stack(region: "us-east-2"), "Old") { $0.bucketName = "mybucket"; $0.bucketWebsiteNewUrlFormat = false }
        #expect(new.bucketWebsiteUrl == "http://mybucket.s3-website.us-east-1.amazonaws.com")
        #expect(old.bucketWebsiteUrl == "http://mybucket.s3-website-us-east-2.amazonaws.com")
    }

    @Test func theBucketsRegionHasItsOwnSuffix() throws {
        let bucket = try S3.Bucket.fromBucketAttributes(try stack(region: "cn-north-1"), "B") { $0.bucketName = "mybucket"; $0.region = "eu-west-1" }
        #expect(bucket.bucketRegionalDomainName == "mybucket.s3.eu-west-1.amazonaws.com")
        #expect(bucket.bucketWebsiteDomainName == "mybucket.s3-website-eu-west-1.amazonaws.com")
    }

    @Test func importsAreWebsitesWhenSaidSo() throws {
        let stack = try stack()
        #expect(try S3.Bucket.fromBucketAttributes(stack, "Website") { $0.bucketArn = "arn:aws:s3:::my-bucket"; $0.isWebsite = true }.isWebsite)
        #expect(!(try S3.Bucket.fromBucketAttributes(stack, "NotWebsite") { $0.bucketArn = "arn:aws:s3:::my-bucket" }.isWebsite))
    }

    @Test func targetPartitionsLimitTheLookup() throws {
        let app = try App(context: ["@aws-cdk/core:target-partitions": ["aws-cn"]], environment: [:])
        let stack = try Stack(app, "S")
        let bucket = try S3.Bucket.fromBucketName(stack, "B", bucketName: "bucket")
        #expect(try stack.resolve(.string(bucket.bucketWebsiteDomainName)) == ["Fn::Join": ["", ["bucket.s3-website.", ["Ref": "AWS::Region"], ".amazonaws.com.cn"]]])
        let invalid = try Stack(try App(context: ["@aws-cdk/core:target-partitions": "aws"], environment: [:]), "S")
        let other = try S3.Bucket.fromBucketName(invalid, "B", bucketName: "bucket")
        try expectError(message: "Context value '@aws-cdk/core:target-partitions' should be a list of strings") {
            try invalid.resolve(.string(other.bucketWebsiteUrl))
        }
    }
}
