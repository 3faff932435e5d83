import Testing
@testable import CDK

@Suite struct TokenTests {
    /// A stack with one bucket `B` to reference.
    private func fixture() throws -> (App, Stack, CfnResource) {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let bucket = try CfnResource(stack, "B", type: "AWS::S3::Bucket")
        return (app, stack, bucket)
    }

    private func resolve(_ stack: Stack, _ s: String) throws -> JSONValue? {
        try stack.resolve(.string(s))
    }

    @Test func aLoneTokenStaysBare() throws {
        let (_, stack, bucket) = try fixture()
        #expect(try resolve(stack, bucket.ref) == ["Ref": "B"])
        #expect(try resolve(stack, bucket.getAtt("Arn").toString()) == ["Fn::GetAtt": ["B", "Arn"]])
    }

    @Test func interpolationBecomesAMinimalJoin() throws {
        let (_, stack, bucket) = try fixture()
        #expect(try resolve(stack, "arn:\(bucket.ref)/x") == ["Fn::Join": ["", ["arn:", ["Ref": "B"], "/x"]]])
        #expect(try resolve(stack, "a" + "b" + bucket.ref + "c" + "d") == ["Fn::Join": ["", ["ab", ["Ref": "B"], "cd"]]])
        let arn = "arn:\(Aws.partition):s3:::\(bucket.ref)/*"
        #expect(try resolve(stack, arn) == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::", ["Ref": "B"], "/*"]]])
    }

    @Test func joinsWithTheSameDelimiterAreFlattened() throws {
        let (_, stack, bucket) = try fixture()
        let nested = Fn.join("", ["x", Fn.join("", ["y", bucket.ref, "z"]), "w"])
        #expect(try resolve(stack, nested) == ["Fn::Join": ["", ["xy", ["Ref": "B"], "zw"]]])
        let commas = Fn.join(",", ["x", "y", bucket.ref, Fn.join(",", ["p", "q"])])
        #expect(try resolve(stack, commas) == ["Fn::Join": [",", ["x,y", ["Ref": "B"], "p,q"]]])
        #expect(Fn.join("-", ["a", "b"]) == "a-b")
        #expect(try resolve(stack, Fn.join("-", [bucket.ref])) == ["Ref": "B"])
    }

    @Test func numberTokensWorkAloneAndInsideStrings() throws {
        let (_, stack, bucket) = try fixture()
        let number = bucket.getAtt("Num").toNumber()
        #expect(Token.isUnresolved(number))
        #expect(try stack.resolve(.number(number)) == ["Fn::GetAtt": ["B", "Num"]])
        #expect(try resolve(stack, "n=\(number)") == ["Fn::Join": ["", ["n=", ["Fn::GetAtt": ["B", "Num"]]]]])
        #expect(try resolve(stack, Token.asString(Lazy.number { 42 })) == 42)
    }

    @Test func lazyValuesResolveAtSynthesisAndAreResolvedAgain() throws {
        let (_, stack, bucket) = try fixture()
        var count = 0
        let lazy = Lazy.string { count += 1; return "lazy-" + bucket.ref }
        #expect(try resolve(stack, lazy) == ["Fn::Join": ["", ["lazy-", ["Ref": "B"]]]])
        _ = try resolve(stack, lazy)
        #expect(count == 1)
        var uncached = 0
        let fresh = Lazy.uncachedString { uncached += 1; return "v\(uncached)" }
        #expect(try resolve(stack, fresh) == "v1")
        #expect(try resolve(stack, fresh) == "v2")
        #expect(try stack.resolve(["a": .string(Lazy.string { nil })]) == [:])
    }

    @Test func listTokensResolveAsAWholeAndRefuseConcatenation() throws {
        let (_, stack, _) = try fixture()
        let azs = Fn.getAzs()
        #expect(azs.count == 1)
        #expect(try stack.resolve(azs.jsonValue) == ["Fn::GetAZs": ""])
        #expect(try resolve(stack, Fn.select(0, azs)) == ["Fn::Select": [0, ["Fn::GetAZs": ""]]])
        #expect(try resolve(stack, Fn.join(",", azs)) == ["Fn::Join": [",", ["Fn::GetAZs": ""]]])
        #expect(throws: CDKError.self) { try stack.resolve(.string("x" + azs[0])) }
        #expect(throws: CDKError.self) { try stack.resolve((azs + ["extra"]).jsonValue) }
    }

    @Test func literalInputsAreComputedRightAway() {
        #expect(Fn.select(1, ["a", "b"]) == "b")
        #expect(Fn.split(",", "a,b") == ["a", "b"])
        #expect(Token.isUnresolved("plain") == false)
    }

    @Test func toJsonStringSplicesTokensIntoJSONText() throws {
        let (_, stack, bucket) = try fixture()
        let json = stack.toJsonString(["a": .string(bucket.ref), "b": [1, 2], "c": "lit"])
        #expect(try resolve(stack, json) == ["Fn::Join": ["", [#"{"a":""#, ["Ref": "B"], #"","b":[1,2],"c":"lit"}"#]]])
    }

    @Test func intrinsicsRenderTheirCloudFormationForm() throws {
        let (_, stack, bucket) = try fixture()
        let cases: [(String, JSONValue)] = [
            (Fn.sub("${AWS::StackName}-q"), ["Fn::Sub": "${AWS::StackName}-q"]),
            (Fn.sub("${A}-q", ["A": bucket.ref]), ["Fn::Sub": ["${A}-q", ["A": ["Ref": "B"]]]]),
            (Fn.importValue("name"), ["Fn::ImportValue": "name"]),
            (Fn.findInMap("M", "k1", "k2"), ["Fn::FindInMap": ["M", "k1", "k2"]]),
            (Fn.base64("data"), ["Fn::Base64": "data"]),
            (Fn.select(2, Fn.cidr("10.0.0.0/16", 4, "8")), ["Fn::Select": [2, ["Fn::Cidr": ["10.0.0.0/16", 4, "8"]]]]),
            (Fn.select(0, Fn.split(",", bucket.ref)), ["Fn::Select": [0, ["Fn::Split": [",", ["Ref": "B"]]]]]),
            (Fn.getStackOutput(stackName: "Other", outputName: "Out"), ["Fn::GetStackOutput": ["StackName": "Other", "Region": ["Ref": "AWS::Region"], "OutputName": "Out"]]),
            (Fn.ref("Param"), ["Ref": "Param"]),
            (Fn.getAtt("B", "Arn").toString(), ["Fn::GetAtt": ["B", "Arn"]]),
            (Aws.accountId, ["Ref": "AWS::AccountId"]), (Aws.region, ["Ref": "AWS::Region"]),
            (Aws.partition, ["Ref": "AWS::Partition"]), (Aws.stackName, ["Ref": "AWS::StackName"]),
            (Aws.stackId, ["Ref": "AWS::StackId"]), (Aws.urlSuffix, ["Ref": "AWS::URLSuffix"]),
            (Aws.noValue, ["Ref": "AWS::NoValue"]),
        ]
        for (input, expected) in cases {
            #expect(try resolve(stack, input) == expected)
        }
        #expect(try stack.resolve(Aws.notificationARNs.jsonValue) == ["Ref": "AWS::NotificationARNs"])
        let condition = Fn.conditionAnd(Fn.conditionEquals(bucket.ref, "x"), Fn.conditionNot(Fn.conditionOr(Fn.conditionEquals("a", "b"), Fn.conditionEquals("c", "d"))))
        #expect(try stack.resolve(condition.jsonValue) == ["Fn::And": [
            ["Fn::Equals": [["Ref": "B"], "x"]],
            ["Fn::Not": [["Fn::Or": [["Fn::Equals": ["a", "b"]], ["Fn::Equals": ["c", "d"]]]]]],
        ]])
        #expect(try stack.resolve(Fn.conditionIf("C", "yes", Aws.noValue).jsonValue) == ["Fn::If": ["C", "yes", ["Ref": "AWS::NoValue"]]])
    }

    @Test func stackEnvironmentValues() throws {
        let app = try makeApp()
        let agnostic = try Stack(app, "A")
        let pinned = try Stack(app, "P", env: Environment(account: "111111111111", region: "eu-west-1"))
        #expect(try agnostic.resolve(.string(agnostic.region)) == ["Ref": "AWS::Region"])
        #expect(try agnostic.resolve(.string(agnostic.account)) == ["Ref": "AWS::AccountId"])
        #expect(pinned.region == "eu-west-1")
        #expect(pinned.account == "111111111111")
        #expect(agnostic.isEnvironmentAgnostic && !pinned.isEnvironmentAgnostic)
    }

    @Test func circularLazyValuesAreReportedNotLooped() throws {
        let (_, stack, _) = try fixture()
        final class Box: @unchecked Sendable { var value = "" }
        let box = Box()
        box.value = Lazy.string { "x" + box.value }
        let error = #expect(throws: CDKError.self) { try stack.resolve(.string(box.value)) }
        #expect(error?.code == "CircularReference")
    }
}
