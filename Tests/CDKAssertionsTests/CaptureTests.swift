import CDK
import CDKAssertions
import Testing

@Suite struct CaptureTests {
    @Test func capturesAValueOfEachType() throws {
        let string = Capture(), number = Capture(), bool = Capture(), array = Capture(), object = Capture()
        let pattern: Pattern = ["S": string, "N": number, "B": bool, "A": array, "O": object]
        try pattern.assertMatches(["S": "x", "N": 3, "B": true, "A": [1], "O": ["k": "v"]])
        #expect(try string.asString() == "x")
        #expect(try number.asNumber() == 3)
        #expect(try bool.asBoolean() == true)
        #expect(try array.asArray() == [1])
        #expect(try object.asObject() == ["k": "v"])
        #expect(try object.asJSON() == ["k": "v"])
    }

    @Test func wrongTypesAndMissingValuesAreErrors() throws {
        let capture = Capture()
        #expect(failure { _ = try capture.asString() }?.description == "No value captured")
        try (["N": capture] as Pattern).assertMatches(["N": 5])
        #expect(failure { _ = try capture.asString() }?.description == "Captured value is expected to be string but found number. Value is 5")
        #expect(failure { _ = try capture.asObject() }?.description == "Captured value is expected to be object but found number. Value is 5")
    }

    @Test func nullIsNotCaptured() throws {
        let capture = Capture()
        #expect(try (["A": capture] as Pattern).test(["A": nil]).toHumanStrings() == ["Can only capture non-nullish values. Found null at /A (using Capture matcher)"])
    }

    @Test func nextWalksThroughEveryCapturedValue() throws {
        let capture = Capture()
        try Match.arrayEquals([capture, capture, capture]).assertMatches(["a", "b", "c"])
        #expect(try capture.asString() == "a")
        #expect(capture.next())
        #expect(try capture.asString() == "b")
        #expect(capture.next())
        #expect(try capture.asString() == "c")
        #expect(!capture.next())
        #expect(capture.values == ["a", "b", "c"])
    }

    @Test func valuesAreKeptOnlyWhenTheWholeMatchSucceeds() throws {
        let capture = Capture()
        let pattern: Pattern = ["A": capture, "B": "expected"]
        #expect(failure { try pattern.assertMatches(["A": "seen", "B": "other"]) } != nil)
        #expect(capture.values.isEmpty)
        try pattern.assertMatches(["A": "seen", "B": "expected"])
        #expect(capture.values == ["seen"])
    }

    @Test func aNestedPatternMustMatchToo() throws {
        let capture = Capture(["Status": "Enabled"])
        #expect(try (["V": capture] as Pattern).test(["V": ["Status": "Suspended"]]).hasFailed)
        try (["V": capture] as Pattern).assertMatches(["V": ["Status": "Enabled", "MFA": "x"]])
        #expect(try capture.asObject() == ["Status": "Enabled", "MFA": "x"])
        let literal: Capture = ["Status": "Enabled"]
        try (["V": literal] as Pattern).assertMatches(["V": ["Status": "Enabled"]])
        #expect(literal.values.count == 1)
        let regexp = Capture(Match.stringLikeRegexp("^arn:"))
        try (["A": regexp] as Pattern).assertMatches(["A": "arn:aws:s3:::b"])
        #expect(try regexp.asString() == "arn:aws:s3:::b")
    }

    @Test func capturesInsideNotAreDropped() throws {
        let capture = Capture()
        try (["A": Match.not(["B": capture])] as Pattern).assertMatches(["A": ["B": 1, "C": 2]])
        #expect(capture.values.isEmpty)
    }

    @Test func everyMatchingResourceIsCaptured() throws {
        let template = try Template(json: ["Resources": [
            "A": ["Type": "AWS::SQS::Queue", "Properties": ["QueueName": "a"]],
            "B": ["Type": "AWS::SQS::Queue", "Properties": ["QueueName": "b"]],
            "C": ["Type": "AWS::SQS::Queue", "Properties": ["QueueName": 3]],
        ]])
        let name = Capture(Match.stringLikeRegexp("."))
        try template.hasResourceProperties("AWS::SQS::Queue", ["QueueName": name])
        #expect(name.values == ["a", "b"])
    }
}
