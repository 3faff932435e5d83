import Testing
@testable import CDK

/// The shapes of resource type names that a `CfnResource` accepts.
@Suite struct CfnTypeNamesTests {
    @Test(arguments: [
        "AWS::S3::Bucket", "AWS::Custom", "Custom::Greeting", "Custom::My-Type_1@v2", "Vendor::Service::Type",
        "My::Module::Type::MODULE", "Custom::" + String(repeating: "x", count: 60),
    ])
    func accepted(_ type: String) {
        #expect(CfnTypeNames.resourceTypeProblem(type) == nil)
    }

    @Test(arguments: [
        "", "NotAType", "AWS::", "::S3", "AWS:S3:Bucket", "AWS:::S3::Bucket", "AWS::S3::::Bucket", "AWS::S3::Bucket::",
        "AWS::S3::Bucket::Extra", "A::B::C::D::MODULE", "Custom::", "Custom::My Type", "Custom::" + String(repeating: "x", count: 61),
        "AWS::S3::Bück", "AWS::S-3::Bucket", "Custom::Ünicode",
    ])
    func rejected(_ type: String) {
        #expect(CfnTypeNames.resourceTypeProblem(type)?.contains("'\(type)' is not a CloudFormation type name") == true)
    }
}
