import CDK
import CDKAssertions
import CDKS3
import Testing

/// Bucket names, name prefixes and namespaces: what S3 accepts, checked as the AWS CDK checks
/// them (literals only).
@Suite struct BucketNamingTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test(arguments: ["abc.xyz-34ab", "124.pp--33", "bu--cket", "1.2.3", "1.2.3.a", "1000.2.3.4"])
    func validNamesPass(name: String) throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "B") { $0.bucketName = name }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["BucketName": .json(.string(name))])
    }

    @Test(arguments: [("a", "at least 3"), (String(repeating: "x", count: 64), "no more than 63"),
                      ("b@cket", "(offset: 1)"), ("bucKet", "(offset: 3)"), ("bučket", "(offset: 2)"),
                      ("-ucket", "must start with a lowercase character or number (offset: 0)"),
                      ("bucke.", "must end with a lowercase character or number (offset: 5)"),
                      ("buc..ket", "consecutive periods (offset: 3)"), ("buck.-et", "(offset: 4)"), ("b-.ucket", "(offset: 1)"),
                      ("1.2.3.4", "must not resemble an IP address"),
                      ("test_bucket_name", "Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-)")])
    func invalidNamesFailWithTheProblem(name: String, problem: String) throws {
        let stack = try stack()
        try expectError(path: "/S/B", message: .containing(problem)) { try S3.Bucket(stack, "B") { $0.bucketName = name } }
    }

    @Test func validateBucketNameAllowsLegacyNamesOnRequest() throws {
        try S3.Bucket.validateBucketName("test_bucket_name", allowLegacyBucketNaming: true)
        try S3.Bucket.validateBucketName("Test_Bucket_Name", allowLegacyBucketNaming: true)
        for name in ["test_bucket_name", "Test_Bucket_Name", "TestBucketName"] {
            try expectError(message: "Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-)") {
                try S3.Bucket.validateBucketName(name)
            }
        }
    }

    @Test func importsAcceptLegacyNames() throws {
        let stack = try stack()
        _ = try S3.Bucket.fromBucketName(stack, "A", bucketName: "test_bucket_name")
        _ = try S3.Bucket.fromBucketAttributes(stack, "B") { $0.bucketName = "test_bucket_name" }
        _ = try S3.Bucket.fromBucketArn(stack, "C", bucketArn: "arn:aws:s3:::test_bucket_name")
        try expectError(path: "/S/D", message: "Invalid S3 bucket name (value: arn:aws:s3:::example-com)") {
            try S3.Bucket.fromBucketAttributes(stack, "D") { $0.bucketName = "arn:aws:s3:::example-com" }
        }
    }

    @Test func tokenNamesAreNotCheckedAsLiterals() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Lazy") { $0.bucketName = Lazy.string { "_BUCKET" } }
        _ = try S3.Bucket(stack, "Number") { $0.bucketName = Token.asString(5) }
    }

    @Test func aNameThatResolvesToANumberFailsAtSynthesis() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        _ = try S3.Bucket(stack, "MyBucket") { $0.bucketName = Token.asString(5) }
        try expectSynthesisError(app, path: "/S/MyBucket/Resource", message: "bucketName: 5 should be a string")
    }

    @Test func namePrefixesGoWithTheAccountRegionalNamespace() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Regional") { $0.bucketNamePrefix = "my-app"; $0.bucketNamespace = .accountRegional }
        _ = try S3.Bucket(stack, "Named") { $0.bucketName = "my-bucket"; $0.bucketNamespace = .global }
        _ = try S3.Bucket(stack, "Global") { $0.bucketNamespace = .global }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketNamePrefix": "my-app", "BucketNamespace": "account-regional"])
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketName": "my-bucket", "BucketNamespace": "global"])
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketNamePrefix": Match.absent(), "BucketNamespace": "global"])
    }

    @Test func noNamespaceWritesNeitherProperty() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "B")
        try Template(stack).hasResource("AWS::S3::Bucket", ["Properties": Match.absent()])
    }

    @Test func namesPrefixesAndNamespacesMustAgree() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "'bucketNamePrefix' requires 'bucketNamespace' to be set to ACCOUNT_REGIONAL") {
            try S3.Bucket(stack, "A") { $0.bucketNamePrefix = "my-app"; $0.bucketNamespace = .global }
        }
        try expectError(path: "/S/B", message: "'bucketNamePrefix' requires 'bucketNamespace' to be set to ACCOUNT_REGIONAL") {
            try S3.Bucket(stack, "B") { $0.bucketNamePrefix = "my-app" }
        }
        try expectError(path: "/S/C", message: "'bucketName' and 'bucketNamePrefix' cannot be used together") {
            try S3.Bucket(stack, "C") { $0.bucketName = "my-bucket"; $0.bucketNamePrefix = "my-app"; $0.bucketNamespace = .accountRegional }
        }
        try expectError(path: "/S/D", message: "'bucketName' cannot be used with 'bucketNamespace' (except GLOBAL)") {
            try S3.Bucket(stack, "D") { $0.bucketName = "my-bucket"; $0.bucketNamespace = .accountRegional }
        }
        try expectError(path: "/S/E", message: "'bucketNamespace' ACCOUNT_REGIONAL requires 'bucketNamePrefix' to be specified") {
            try S3.Bucket(stack, "E") { $0.bucketNamespace = .accountRegional }
        }
    }

    @Test func namePrefixesAreChecked() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "Invalid S3 bucket name prefix (value: My-App)") {
            try S3.Bucket(stack, "A") { $0.bucketNamePrefix = "My-App"; $0.bucketNamespace = .accountRegional }
        }
        try expectError(path: "/S/B", message: "Bucket name prefix must be 37 characters or fewer") {
            try S3.Bucket(stack, "B") { $0.bucketNamePrefix = String(repeating: "a", count: 38); $0.bucketNamespace = .accountRegional }
        }
    }
}
