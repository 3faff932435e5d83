import Testing
@testable import CDK

@Suite struct UniqueIDTests {
    @Test(arguments: [
        ("Top", "Top"), ("My-Bucket_1.x", "MyBucket1x"), ("A/B", "ABE649FC2C"), ("A/Resource", "ACCC8ACD5"),
        ("D/Default", "D"), ("E/Default/Resource", "E80549084"), ("Default/Inner", "Inner"),
        ("MyBucket/Bucket", "MyBucketAD8CE4AC"), ("Foo/Foo", "FooE9EDCE95"), ("X-Y/Resource", "XY75FE6C0B"),
        ("Data/Resource", "Data666C94C7"), ("Fn/ServiceRole/DefaultPolicy/Resource", "FnServiceRoleDefaultPolicyC6A839BF"),
        ("CDKMetadata/Default", "CDKMetadata"),
    ])
    func logicalIdsFollowTheAWSCDKAlgorithm(path: String, expected: String) throws {
        #expect(try UniqueID.make(path.split(separator: "/").map(String.init)) == expected)
    }

    @Test func humanPartIsCutTo240Characters() throws {
        let long = try UniqueID.make([String(repeating: "L", count: 300), "Child"])
        #expect(long.count == 248)
        #expect(long.hasPrefix(String(repeating: "L", count: 240)))
        let single = try UniqueID.make([String(repeating: "Z", count: 256)])
        #expect(single.count == 248)
    }

    /// Empty components still count in the hashed path (`["", "Child"]` hashes `/Child`), as
    /// the AWS CDK joins them with `/` (expected values from `md5` of those paths).
    @Test func emptyComponentsAreJoinedIntoTheHashedPath() throws {
        #expect(try UniqueID.make(["", "Child"]) == "ChildEF316864")
        #expect(try UniqueID.make(["A", "", "B"]) == "ABBA56D6DF")
    }

    @Test func emptyOrTokenComponentsAreErrors() {
        #expect(throws: CDKError.self) { try UniqueID.make(["Default"]) }
        #expect(throws: CDKError.self) { try UniqueID.make(["A", Aws.region]) }
    }
}
