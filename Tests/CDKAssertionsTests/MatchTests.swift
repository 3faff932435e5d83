import CDK
import CDKAssertions
import Testing

/// Every matcher, with the AWS CDK's semantics and failure messages.
@Suite struct MatchTests {
    private func failures(_ pattern: Pattern, _ value: JSONValue?) throws -> [String] {
        try pattern.test(value).toHumanStrings()
    }

    @Test func literalObjectsMatchDeepPartially() throws {
        #expect(try failures(["A": ["B": 1]], ["A": ["B": 1, "C": 2], "D": 3]).isEmpty)
        #expect(try failures(["A": ["B": 1]], ["A": ["B": 2]]) == ["Expected 1 but received 2 at /A/B (using objectLike matcher)"])
        #expect(try failures(["Tags": "x"], ["Other": 1]) == ["Missing key 'Tags' at /Tags (using objectLike matcher)"])
    }

    @Test func literalArraysMatchExactlyWithPartialElements() throws {
        #expect(try failures(["L": [["A": 1], 2]], ["L": [["A": 1, "B": 5], 2]]).isEmpty)
        #expect(try failures(["L": [1, 2]], ["L": [1, 2, 3]]) == ["Too many elements in array (expecting 2, got 3) at /L/2 (using objectLike matcher)"])
        #expect(try failures(["L": [1, 2]], ["L": [2, 1]]).count == 2)
    }

    @Test func scalarMismatchesNameTypesAsJavaScriptDoes() throws {
        #expect(try failures(["A": "1"], ["A": 1]) == ["Expected type string but received number at /A (using objectLike matcher)"])
        #expect(try failures(["A": [1]], ["A": "x"]) == ["Expected type array but received string at /A (using objectLike matcher)"])
        #expect(try failures(["A": ["B": 1]], ["A": [1]]) == ["Expected type object but received array at /A (using objectLike matcher)"])
        #expect(try failures(["A": true], ["A": false]) == ["Expected true but received false at /A (using objectLike matcher)"])
        #expect(try failures(["A": 1.5], ["A": 1.5]).isEmpty)
        #expect(try failures(["A": nil], ["A": nil]).isEmpty)
        #expect(try failures(["A": nil], ["A": 0]) == ["Expected null but received 0 at /A (using objectLike matcher)"])
    }

    @Test func exactForbidsExtraKeysAtEveryDepth() throws {
        #expect(try failures(Match.exact(["A": ["B": 1]]), ["A": ["B": 1]]).isEmpty)
        #expect(try failures(Match.exact(["A": ["B": 1]]), ["A": ["B": 1, "C": 2]]) == ["Unexpected key C at /A/C (using exact matcher)"])
        #expect(try failures(Match.exact("x"), "x").isEmpty)
        #expect(try failures(["A": Match.exact([1, ["B": 2]])], ["A": [1, ["B": 2, "C": 3]]]) == ["Unexpected key C at /A/1/C (using exact matcher)"])
        #expect(try failures(Match.exact(Match.anyValue()), 1) == ["LiteralMatch cannot directly contain another matcher. Remove the top-level matcher or nest it more deeply. (using exact matcher)"])
    }

    @Test func objectEqualsIsExactButObjectLikeIsPartial() throws {
        #expect(try failures(Match.objectEquals(["A": 1]), ["A": 1, "B": 2]) == ["Unexpected key B at /B (using objectEquals matcher)"])
        #expect(try failures(Match.objectEquals(["A": ["B": 1]]), ["A": ["B": 1, "C": 1]]) == ["Unexpected key C at /A/C (using objectEquals matcher)"])
        #expect(try failures(Match.objectLike(["A": ["B": 1]]), ["A": ["B": 1, "C": 1], "D": 1]).isEmpty)
        #expect(try failures(Match.objectLike(["A": 1]), [1]) == ["Expected type object but received array (using objectLike matcher)"])
        #expect(try failures(Match.objectLike(["A": 1]), .null) == ["Expected type object but received null (using objectLike matcher)"])
        #expect(try failures(Match.objectLike(["A": 1]), nil) == ["Expected type object but received undefined (using objectLike matcher)"])
    }

    @Test func arrayWithFindsAnInOrderSubsequence() throws {
        #expect(try failures(Match.arrayWith([2, 4]), [1, 2, 3, 4]).isEmpty)
        // As in the AWS CDK, elements of arrayWith and arrayEquals compare exactly unless wrapped.
        #expect(try failures(Match.arrayWith([["A": 1]]), [["A": 1, "B": 2]]) == [
            "Could not match arrayWith pattern 0. This is the closest match at /0 (using arrayWith matcher)",
            "Unexpected key B at /0/B (using arrayWith matcher)",
        ])
        #expect(try failures(Match.arrayWith([Match.objectLike(["A": 1])]), [["A": 1, "B": 2]]).isEmpty)
        #expect(try failures(Match.arrayWith([]), []).isEmpty)
        #expect(try failures(Match.arrayWith([4, 2]), [1, 2, 3, 4]) == [
            "Could not match arrayWith pattern 1. No more elements to try at /4 (using arrayWith matcher)",
            "arrayWith pattern 0 matched here at /3 (using arrayWith matcher)",
        ])
        #expect(try failures(Match.arrayWith([1]), "x") == ["Expected type array but received string (using arrayWith matcher)"])
    }

    @Test func arrayWithRefusesAbsentAndAnyValue() throws {
        let error = failure { _ = try Match.arrayWith([Match.absent()]).test([1]) }
        #expect(error?.description == "The Matcher absent() cannot be nested within arrayWith()")
        #expect(failure { _ = try Match.arrayWith([Match.anyValue()]).test([1]) }?.description == "The Matcher anyValue() cannot be nested within arrayWith()")
    }

    @Test func arrayEqualsRequiresTheExactLength() throws {
        #expect(try failures(Match.arrayEquals([1, Match.objectLike(["A": 1])]), [1, ["A": 1, "B": 2]]).isEmpty)
        #expect(try failures(Match.arrayEquals([1, ["A": 1]]), [1, ["A": 1, "B": 2]]) == ["Unexpected key B at /1/B (using arrayEquals matcher)"])
        #expect(try failures(Match.arrayEquals([1, 2]), [1]) == ["Not enough elements in array (expecting 2, got 1) at /1 (using arrayEquals matcher)"])
    }

    @Test func absentRequiresAMissingKey() throws {
        #expect(try failures(["Tags": Match.absent()], ["A": 1]).isEmpty)
        #expect(try failures(["Tags": Match.absent()], ["Tags": "hello"]) == ["Received hello, but key should be absent at /Tags (using absent matcher)"])
        #expect(try failures(["Tags": Match.absent()], ["Tags": nil]) == ["Received null, but key should be absent at /Tags (using absent matcher)"])
    }

    @Test func anyValueRequiresANonNullValue() throws {
        #expect(try failures(["A": Match.anyValue()], ["A": ["x": 1]]).isEmpty)
        #expect(try failures(["A": Match.anyValue()], ["A": nil]) == ["Expected a value but found none at /A (using anyValue matcher)"])
        #expect(try failures(["A": Match.anyValue()], [:]) == ["Missing key 'A' at /A (using objectLike matcher)"])
    }

    @Test func notFailsWhenThePatternMatchesExactly() throws {
        #expect(try failures(["A": Match.not("x")], ["A": "y"]).isEmpty)
        #expect(try failures(["A": Match.not(["B": 1])], ["A": ["B": 1, "C": 2]]).isEmpty)
        #expect(try failures(["A": Match.not(["B": 1])], ["A": ["B": 1]]) == ["Found unexpected match: {\n  \"B\": 1\n} at /A (using not matcher)"])
    }

    @Test func serializedJsonParsesTheString() throws {
        let policy: JSONValue = ["Policy": "{\"Version\":\"2012-10-17\",\"Statement\":[]}"]
        #expect(try failures(["Policy": Match.serializedJson(["Version": "2012-10-17", "Statement": []])], policy).isEmpty)
        #expect(try failures(["Policy": Match.serializedJson(["Version": "2012-10-17"])], policy) == [
            "Unexpected key Statement at /Policy/Statement (using serializedJson matcher)",
            "Encoded JSON value does not match at /Policy (using serializedJson matcher)",
        ])
        #expect(try failures(["Policy": Match.serializedJson(Match.objectLike(["Version": "2012-10-17"]))], policy).isEmpty)
        #expect(try failures(Match.serializedJson(1), "{") == ["Invalid JSON string: { (using serializedJson matcher)"])
        #expect(try failures(Match.serializedJson(1), 1) == ["Expected JSON as a string but found number (using serializedJson matcher)"])
    }

    @Test func stringLikeRegexpIsAnUnanchoredMultilineSearch() throws {
        #expect(try failures(Match.stringLikeRegexp("buck"), "my-bucket").isEmpty)
        #expect(try failures(Match.stringLikeRegexp("^two$"), "one\ntwo\nthree").isEmpty)
        #expect(try failures(Match.stringLikeRegexp("^xyz"), "hello") == ["String 'hello' did not match pattern '^xyz' (using stringLikeRegexp matcher)"])
        #expect(try failures(Match.stringLikeRegexp("^x"), ["a"]) == [
            "Expected a string, but got 'object' (using stringLikeRegexp matcher)",
            "String 'a' did not match pattern '^x' (using stringLikeRegexp matcher)",
        ])
        #expect(failure { _ = try Match.stringLikeRegexp("(").test("x") } != nil)
    }

    @Test func patternsComeFromSwiftValues() throws {
        #expect(try failures(.json(["A": [1, "x"]]), ["A": [1, "x"], "B": 2]).isEmpty)
        #expect(try failures(.value(["b": 2, "a": 1]), ["a": 1, "b": 2]).isEmpty)
        let name = "my-bucket"
        #expect(try failures(["Name": "\(name)"], ["Name": "my-bucket"]).isEmpty)
        #expect(try failures(.object([("A", .array([1]))]), ["A": [1]]).isEmpty)
        #expect(Pattern.object([("A", Match.absent())]).description == "{\"A\":<absent>}")
    }

    @Test func customMatchersPlugIn() throws {
        struct EvenNumber: Matcher {
            let name = "evenNumber"
            func test(_ actual: JSONValue?) throws -> MatchResult {
                let result = MatchResult(actual)
                if let n = actual?.numberValue, n.truncatingRemainder(dividingBy: 2) == 0 { return result }
                return result.recordFailure(self, "Expected an even number")
            }
        }
        #expect(try failures(["N": .matcher(EvenNumber())], ["N": 4]).isEmpty)
        #expect(try failures(["N": .matcher(EvenNumber())], ["N": 3]) == ["Expected an even number at /N (using evenNumber matcher)"])
    }

    @Test func assertMatchesReportsTheMismatch() throws {
        try Pattern(dictionaryLiteral: ("A", 1)).assertMatches(["A": 1])
        let error = failure { try (["A": 1] as Pattern).assertMatches(["A": 2]) }
        #expect(error?.description == "Value does not match the pattern:\n{\n!! Expected 1 but received 2\n  \"A\": 2\n}")
    }
}
