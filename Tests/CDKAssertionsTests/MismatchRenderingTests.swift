import CDK
import CDKAssertions
import Testing

/// The deep mismatch rendering, checked against the AWS CDK's own rendering snapshots
/// (aws-cdk-lib/assertions/test/__snapshots__/render.test.js.snap).
@Suite struct MismatchRenderingTests {
    private func render(_ pattern: Pattern, _ target: JSONValue) throws -> String {
        try pattern.test(target).renderMismatch()
    }

    @Test func objectLikeWithMismatchedStringValue() throws {
        let text = try render(Match.objectLike(["Value": "Value"]), ["Value": "Balue", "Other": "Other"])
        #expect(text == """
            {
              "Other": "Other",
            !! Expected Value but received Balue
              "Value": "Balue"
            }
            """)
    }

    @Test func deepObjectLikeWithMismatchedStringValue() throws {
        let text = try render(Match.objectLike(["Deep": ["Value": "Value"]]), ["Deep": ["Value": "Balue", "Other": "Other"]])
        #expect(text == """
            {
              "Deep": {
                "Other": "Other",
            !!   Expected Value but received Balue
                "Value": "Balue"
              }
            }
            """)
    }

    @Test func objectEqualsWithUnexpectedKey() throws {
        let text = try render(Match.objectEquals(["Value": "Value"]), ["Value": "Value", "Other": "Other"])
        #expect(text == """
            {
            !! Unexpected key Other
              "Other": "Other",
              "Value": "Value"
            }
            """)
    }

    @Test func objectEqualsWithMissingKey() throws {
        let text = try render(Match.objectEquals(["Value": "Value"]), [:])
        #expect(text == """
            {
            !! Missing key 'Value'
              "Value": undefined
            }
            """)
    }

    @Test func lookingForAbsentKey() throws {
        let text = try render(Match.objectEquals(["Value": Match.absent()]), ["Value": "Value"])
        #expect(text == """
            {
            !! Received Value, but key should be absent
              "Value": "Value"
            }
            """)
    }

    @Test func abridgedRenderingShowsSmallSubtrees() throws {
        let text = try render(Match.objectLike(["Value": "Balue"]), ["Other": ["OneKey": "Visible"], "Value": "Value"])
        #expect(text == """
            {
              "Other": { "OneKey": "Visible" },
            !! Expected Balue but received Value
              "Value": "Value"
            }
            """)
    }

    @Test func abridgedRenderingHidesLargerSubtrees() throws {
        let text = try render(Match.objectLike(["Value": "Balue"]), ["Other": ["OneKey": "Visible", "TooMany": "Keys"], "Value": "Value"])
        #expect(text == """
            {
              "Other": { ... },
            !! Expected Balue but received Value
              "Value": "Value"
            }
            """)
    }

    @Test func serializedJsonShowsBothValues() throws {
        let text = try render(Match.objectLike(["Json": Match.serializedJson(["Value": "Balue"])]), ["Json": "{\"Value\":\"Value\"}"])
        #expect(text == """
            {
            !! Encoded JSON value does not match
              "Json": "{\\"Value\\":\\"Value\\"}" <*> {
            !!   Expected Balue but received Value
                "Value": "Value"
              }
            }
            """)
    }

    private let list: JSONValue = ["List": [
        ["Value": "1", "MakeItBig": true], ["Value": "2", "MakeItBig": true],
        ["Value": "3", "MakeItBig": true], ["Value": "4", "MakeItBig": true],
    ]]

    @Test func arrayWithShowsTheClosestElement() throws {
        let text = try render(Match.objectLike(["List": Match.arrayWith([Match.objectLike(["Value": "5"])])]), list)
        #expect(text == """
            {
              "List": [
            !!   Could not match arrayWith pattern 0. This is the closest match
                {
                  "MakeItBig": true,
            !!     Expected 5 but received 1
                  "Value": "1"
                },
                { ... },
                { ... },
                { ... }
              ]
            }
            """)
    }

    @Test func arrayWithShowsEarlierMatches() throws {
        let pattern = Match.objectLike(["List": Match.arrayWith([Match.objectLike(["Value": "2"]), Match.objectLike(["Value": "5"])])])
        #expect(try render(pattern, list) == """
            {
              "List": [
                { ... },
            !!   arrayWith pattern 0 matched here
                {
                  "MakeItBig": true,
                  "Value": "2"
                },
            !!   Could not match arrayWith pattern 1. This is the closest match
                {
                  "MakeItBig": true,
            !!     Expected 5 but received 3
                  "Value": "3"
                },
                { ... }
              ]
            }
            """)
    }

    @Test func arrayWithOutOfOrder() throws {
        #expect(try render(Match.arrayWith([3, 5]), [5, 3]) == "[\n  5,\n!! arrayWith pattern 0 matched here\n  3\n!! Could not match arrayWith pattern 1. No more elements to try\n  \n]")
    }

    @Test func tooManyAndNotEnoughElements() throws {
        #expect(try render(["A": [1, 2]], ["A": [1, 2, 3]]) == """
            {
              "A": [
                1,
                2,
            !!   Too many elements in array (expecting 2, got 3)
                3
              ]
            }
            """)
        #expect(try render(["A": [1, 2]], ["A": [1]]) == "{\n  \"A\": [\n    1\n!!   Not enough elements in array (expecting 2, got 1)\n    \n  ]\n}")
    }

    @Test func successRendersAsMatch() throws {
        #expect(try render(["A": 1], ["A": 1, "B": 2]) == "<match>")
    }

    @Test func humanStringsNameThePathAndMatcher() throws {
        let result = try (Match.objectLike(["A": ["B": "x"], "C": Match.absent()])).test(["A": ["B": "y"], "C": 1])
        #expect(result.toHumanStrings() == [
            "Expected x but received y at /A/B (using objectLike matcher)",
            "Received 1, but key should be absent at /C (using absent matcher)",
        ])
    }
}
