import Testing
@testable import CDK

@Suite struct ValueTypeTests {
    @Test func durationsConvertBetweenUnits() throws {
        #expect(try Duration.minutes(5).toSeconds() == 300)
        #expect(try Duration.days(1).toHours() == 24)
        #expect(try Duration.millis(1500).toSeconds(integral: false) == 1.5)
        #expect(Duration.seconds(10).description == "10 seconds")
        let error = #expect(throws: CDKError.self) { try Duration.seconds(90).toMinutes() }
        #expect(error?.message == "'90 seconds' cannot be converted into a whole number of minutes.")
        #expect(try Duration.hours(25).toIsoString() == "P1DT1H")
        #expect(try Duration.seconds(90).toIsoString() == "PT1M30S")
        #expect(try Duration.seconds(0).toIsoString() == "PT0S")
    }

    @Test func tokenDurationsOnlyKeepTheirUnit() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let parameter = try CfnParameter(stack, "Timeout", type: "Number")
        let duration = Duration.seconds(parameter.valueAsNumber)
        #expect(try stack.resolve(.number(try duration.toSeconds())) == ["Ref": "Timeout"])
        #expect(throws: CDKError.self) { try duration.toMinutes() }
    }

    @Test func sizesConvertBetweenUnits() throws {
        #expect(try Size.gibibytes(2).toMebibytes() == 2048)
        #expect(try Size.mebibytes(1).toBytes() == 1_048_576)
        #expect(throws: CDKError.self) { try Size.mebibytes(1536).toGibibytes() }
        #expect(try Size.mebibytes(1536).toGibibytes(integral: false) == 1.5)
    }

    @Test func arnsAreFormattedWithTheStacksEnvironment() throws {
        let app = try makeApp()
        let agnostic = try bareStack(app, "A")
        let pinned = try bareStack(app, "P", env: Environment(account: "111111111111", region: "eu-west-1"))
        let components = ArnComponents(service: "lambda", resource: "function", resourceName: "f", arnFormat: .colonResourceName)
        #expect(pinned.formatArn(components).hasSuffix(":lambda:eu-west-1:111111111111:function:f"))
        #expect(try agnostic.resolve(.string(agnostic.formatArn(components))) == ["Fn::Join": ["", [
            "arn:", ["Ref": "AWS::Partition"], ":lambda:", ["Ref": "AWS::Region"], ":", ["Ref": "AWS::AccountId"], ":function:f",
        ]]])
        let bucket = agnostic.formatArn(ArnComponents(service: "s3", resource: "my-bucket", region: "", account: ""))
        #expect(try agnostic.resolve(.string(bucket)) == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::my-bucket"]]])
    }

    @Test func arnsAreFormattedWithEachResourceNameSeparator() throws {
        let stack = try bareStack(try makeApp(), "P", env: Environment(account: "111111111111", region: "eu-west-1"))
        func arn(_ format: ArnFormat, name: String? = "a/b") -> String {
            stack.formatArn(ArnComponents(service: "svc", resource: "thing", resourceName: name, arnFormat: format, partition: "aws"))
        }
        #expect(arn(.slashResourceName) == "arn:aws:svc:eu-west-1:111111111111:thing/a/b")
        #expect(arn(.slashResourceSlashResourceName) == "arn:aws:svc:eu-west-1:111111111111:thing/a/b")
        #expect(arn(.colonResourceName) == "arn:aws:svc:eu-west-1:111111111111:thing:a/b")
        #expect(arn(.noResourceName) == "arn:aws:svc:eu-west-1:111111111111:thing")
        #expect(arn(.slashResourceName, name: nil) == "arn:aws:svc:eu-west-1:111111111111:thing")
        // Lengths are counted in UTF-8 bytes.
        #expect(arn(.slashResourceName, name: "Zürich-✓") == "arn:aws:svc:eu-west-1:111111111111:thing/Zürich-✓")
    }

    @Test func arnsWithTokensAreParsedAtTheirLiteralSeparators() throws {
        let stack = try bareStack(try makeApp(), "A")
        let role = stack.formatArn(ArnComponents(service: "iam", resource: "role", resourceName: "path/name", region: ""))
        let parts = try Arn.parse(role, format: .slashResourceName)
        #expect(parts.account == stack.account)
        #expect(parts.resource == "role")
        #expect(parts.resourceName == "path/name")
        // A resource part with colons keeps them.
        let rule = "arn:" + Aws.partition + ":events:eu-west-1:111111111111:rule/bus:name"
        #expect(try Arn.parse(rule, format: .slashResourceName).resourceName == "bus:name")
        #expect(try Arn.parse(rule, format: .colonResourceName).resourceName == "name")
    }

    @Test func arnsAreSplit() throws {
        let parts = try Arn.split("arn:aws:lambda:eu-west-1:111111111111:function:f", format: .colonResourceName)
        #expect(parts == ArnComponents(service: "lambda", resource: "function", resourceName: "f", arnFormat: .colonResourceName, partition: "aws", region: "eu-west-1", account: "111111111111"))
        #expect(try Arn.split("arn:aws:iam::111111111111:role/path/name", format: .slashResourceName).resourceName == "path/name")
        #expect(throws: CDKError.self) { try Arn.split("not-an-arn", format: .noResourceName) }
        #expect(throws: CDKError.self) { try Arn.split(Aws.region, format: .noResourceName) }
    }

    @Test func resourcesPassRemovalPoliciesToTheirCloudFormationResource() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let l2 = try Resource(stack, "Bucket")
        let l1 = try CfnResource(l2, "Resource", type: "AWS::S3::Bucket")
        try l2.applyRemovalPolicy(.destroy)
        #expect(l1.cfnOptions.deletionPolicy == .delete)
        #expect(l2.environment.region == stack.region)
        #expect(throws: CDKError.self) { try Resource(stack, "Empty").applyRemovalPolicy(.retain) }
    }

    @Test func featureFlagsUseContextThenV2Defaults() throws {
        let app = try makeApp(context: ["@aws-cdk/aws-iam:minimizePolicies": true])
        #expect(FeatureFlags.of(app).isEnabled("@aws-cdk/aws-iam:minimizePolicies"))
        #expect(FeatureFlags.of(app).isEnabled("@aws-cdk/core:stackRelativeExports"))
        #expect(!FeatureFlags.of(app).isEnabled("@aws-cdk/core:unknown"))
    }

    @Test func expiredFlagsAreEnabledAndRefusedWhenSet() throws {
        let unset = try makeApp()
        #expect(FeatureFlags.of(unset).isEnabled("@aws-cdk/core:enableStackNameDuplicates"))
        #expect(FeatureFlags.expired.count == 8)
        _ = try Stack(unset, "Fine")
        // Set to any value, even false, the flag is refused where it is read: here by a stack.
        for value: JSONValue in [true, false] {
            let app = try makeApp(context: ["@aws-cdk/core:enableStackNameDuplicates": value])
            #expect(FeatureFlags.of(app).isEnabled("@aws-cdk/core:enableStackNameDuplicates"))
            let error = #expect(throws: CDKError.self) { try Stack(app, "Old") }
            #expect(error?.code == "UnsupportedFeatureFlag")
            #expect(error?.path == "Old")
            #expect(error?.message.hasPrefix("Unsupported feature flag '@aws-cdk/core:enableStackNameDuplicates'. This flag existed on CDKv1 but has been removed in CDKv2.") == true)
            #expect(error?.message.contains("cdk.json") == true)
        }
        // Flags that v2 still has are read as usual.
        let current = try makeApp(context: ["@aws-cdk/core:stackRelativeExports": false])
        try FeatureFlags.of(current).refuseIfExpiredAndSet("@aws-cdk/core:stackRelativeExports")
        #expect(!FeatureFlags.of(current).isEnabled("@aws-cdk/core:stackRelativeExports"))
    }
}
