import Testing
import CDKJSON

@Suite struct JSONWriterTests {
    @Test(arguments: [
        (1.0, "1"), (-0.0, "0"), (0.0025, "0.0025"), (1e-7, "1e-7"), (1e21, "1e+21"),
        (123456789012345680000.0, "123456789012345680000"), (3600, "3600"), (-42.5, "-42.5"),
        (1.5e300, "1.5e+300"), (0.000001, "0.000001"), (1e-6 * 1.5, "0.0000015"), (2.5e-7, "2.5e-7"),
        (1e15, "1000000000000000"), (9007199254740992, "9007199254740992"), (Double.nan, "null"),
    ])
    func numbersAreFormattedLikeJavaScript(value: Double, expected: String) {
        #expect(JSONWriter.formatNumber(value) == expected)
    }

    @Test func stringsAreEscapedLikeJavaScript() {
        let value: JSONValue = .string("a/é\"\\\n\t\u{01}\u{2028}<>&")
        #expect(JSONWriter.compact(value) == "\"a/é\\\"\\\\\\n\\t\\u0001\u{2028}<>&\"")
    }

    @Test func integerLikeKeysComeFirstInAscendingOrder() {
        let value: JSONValue = ["b": 1, "10": "t", "2": "u", "a": "/é", "01": 3]
        #expect(JSONWriter.compact(value) == #"{"2":"u","10":"t","b":1,"a":"/é","01":3}"#)
    }

    @Test func indentationMatchesJSONStringify() {
        let value: JSONValue = ["a": [1, ["b": []]], "c": [:]]
        #expect(JSONWriter.string(value, indent: 1) == "{\n \"a\": [\n  1,\n  {\n   \"b\": []\n  }\n ],\n \"c\": {}\n}")
        #expect(JSONWriter.string(value, indent: 2).hasPrefix("{\n  \"a\": [\n    1,"))
    }

    @Test func parserKeepsKeyOrderAndRoundTrips() throws {
        let text = #"{"z":1,"a":[true,false,null,-1.5e3,"x\u00e9\n"],"m":{}}"#
        let value = try JSONParser.parse(text)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(JSONWriter.compact(value) == #"{"z":1,"a":[true,false,null,-1500,"xé\n"],"m":{}}"#)
    }

    @Test func parserReportsWhereTextIsMalformed() {
        #expect(throws: JSONParseError(offset: 6, reason: "expected a value")) { try JSONParser.parse(#"{"a": }"#) }
        #expect(throws: JSONParseError(offset: 5, reason: "unexpected end of text")) { try JSONParser.parse("[1, 2") }
        #expect(JSONParseError(offset: 5, reason: "unexpected end of text").description
            == "Invalid JSON at offset 5: unexpected end of text")
    }

    @Test func parserReadsEveryEscape() throws {
        let value = try JSONParser.parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\ud83d\ude00""#)
        #expect(value == .string("\"\\/\u{08}\u{0C}\n\r\tAé😀"))
    }

    @Test func parserKeepsTheTextAroundEscapes() throws {
        #expect(try JSONParser.parse(#"["plain é", "before\nafter", "\"quoted\"", ""]"#) == ["plain é", "before\nafter", "\"quoted\"", ""])
        #expect(throws: JSONParseError(offset: 4, reason: "unterminated string")) { try JSONParser.parse(#""abc"#) }
        #expect(throws: JSONParseError(offset: 5, reason: "unterminated string")) { try JSONParser.parse(#""a\nb"#) }
    }

    @Test func parserRejectsAnUnknownEscape() {
        #expect(throws: JSONParseError(offset: 2, reason: #"invalid escape '\x'"#)) { try JSONParser.parse(#"["\x"]"#) }
        #expect(throws: JSONParseError(offset: 3, reason: #"invalid \u escape"#)) { try JSONParser.parse(#""\u12G4""#) }
    }

    @Test func parserReplacesLoneSurrogates() throws {
        // A high surrogate followed by an escape that is not a low one, then a lone low one.
        #expect(try JSONParser.parse(#""\ud800\u0041\udc00""#) == .string("\u{FFFD}A\u{FFFD}"))
    }

    @Test func objectEqualityIgnoresKeyOrder() {
        let a: JSONValue = ["x": 1, "y": 2]
        let b: JSONValue = ["y": 2, "x": 1]
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
    }

    @Test(arguments: [3, 40])  // searched in order, and past the size that keeps an index
    func insertIfAbsentKeepsTheFirstValue(memberCount: Int) {
        var object = JSONObject()
        var added: [Bool] = []
        for i in 0..<memberCount { added.append(object.insertIfAbsent("k\(i)", .number(Double(i)))) }
        let addedAgain = object.insertIfAbsent("k1", "later")
        #expect(added == Array(repeating: true, count: memberCount))
        #expect(!addedAgain)
        #expect(object["k1"] == 1)
        #expect(object.count == memberCount)
        let addedNew = object.insertIfAbsent("new", true)
        #expect(addedNew)
        #expect(object.keys.last == "new")
    }
}
