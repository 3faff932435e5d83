import CDKJSON
import Testing
@testable import CDKGeneratorCore

/// The value constraints the generator carries into each type (`schemaConstraints`).
@Suite struct ConstraintTests {
    static let queue = """
    {
      "typeName": "Test::Queue::Queue",
      "definitions": {
        "Tag": {"type": "object", "properties": {"Key": {"type": "string", "minLength": 1, "maxLength": 128}, "Value": {"type": "string"}}, "required": ["Key", "Value"]},
        "Rule": {
          "type": "object",
          "properties": {
            "Days": {"type": "integer", "minimum": 1, "maximum": 365},
            "Status": {"$ref": "#/definitions/Status"},
            "Note": {"type": "string", "format": "uri"},
            "Children": {"type": "array", "items": {"$ref": "#/definitions/Rule"}}
          },
          "required": ["Status"]
        },
        "Status": {"type": "string", "enum": ["Enabled", "Disabled"]},
        "Unused": {"type": "object", "properties": {"X": {"type": "string", "maxLength": 1}}},
        "Plain": {"type": "object", "properties": {"Y": {"type": "string"}}}
      },
      "properties": {
        "Name": {"type": "string", "pattern": "^[a-z]+$", "minLength": 1, "maxLength": 80, "description": "ignored"},
        "Timeout": {"type": "integer", "minimum": 0, "maximum": 43200},
        "Rules": {"type": "array", "minItems": 1, "maxItems": 10, "uniqueItems": true, "items": {"$ref": "#/definitions/Rule"}},
        "Plain": {"$ref": "#/definitions/Plain"},
        "Free": {"type": "object"},
        "Either": {"oneOf": [{"type": "string", "maxLength": 3}, {"$ref": "#/definitions/Plain"}]},
        "Labels": {"type": "object", "patternProperties": {"^[a-z]+$": {"type": "string", "maxLength": 5}}},
        "Source": {"type": "object", "properties": {"Bucket": {"type": "string"}, "Arn": {"type": "string"}}, "oneOf": [{"required": ["Bucket"]}, {"required": ["Arn"]}]},
        "Tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
        "Arn": {"type": "string", "pattern": "^arn:"}
      },
      "required": ["Name", "Tags"],
      "readOnlyProperties": ["/properties/Arn"]
    }
    """

    private func constraints(_ text: String) throws -> JSONValue? {
        try ResourceModelBuilder.build(schema(text)).constraints.map { try JSONParser.parse($0) }
    }

    @Test func keepsOnlyTheCheckedKeywordsAndWhatLeadsToThem() throws {
        let value = try #require(try constraints(Self.queue))
        #expect(JSONWriter.compact(value) == #"""
            {"properties":{"Labels":{"additionalProperties":{"maxLength":5}},"Name":{"minLength":1,"maxLength":80,"pattern":"^[a-z]+$"},"Rules":{"minItems":1,"maxItems":10,"items":{"$ref":"#/definitions/Rule"}},"Source":{"requiredGroups":[["Bucket"],["Arn"]]},"Tags":{"items":{"$ref":"#/definitions/Tag"}},"Timeout":{"minimum":0,"maximum":43200}},"required":["Name"],"definitions":{"Rule":{"properties":{"Children":{"items":{"$ref":"#/definitions/Rule"}},"Days":{"minimum":1,"maximum":365},"Status":{"$ref":"#/definitions/Status"}},"required":["Status"]},"Status":{"enum":["Enabled","Disabled"]},"Tag":{"properties":{"Key":{"minLength":1,"maxLength":128}},"required":["Key","Value"]}}}
            """#)
    }

    @Test func theTagPropertyAndReadOnlyPropertiesAreNotRequiredOrChecked() throws {
        let value = try #require(try constraints(Self.queue))
        #expect(value["required"] == ["Name"])
        #expect(value["properties"]?["Arn"] == nil)
    }

    @Test func typeAlternativesAndFreeFormObjectsAreNotFollowed() throws {
        let value = try #require(try constraints(Self.queue))
        #expect(value["properties"]?["Either"] == nil)
        #expect(value["properties"]?["Free"] == nil)
        #expect(value["properties"]?["Plain"] == nil)
        #expect(value["definitions"]?["Unused"] == nil)
        #expect(value["definitions"]?["Plain"] == nil)
    }

    @Test func theRenderedTypeExposesTheDataAsARawStringLiteral() throws {
        let text = try render(Self.queue)
        #expect(text.contains(#"private static let _schemaConstraints = SchemaConstraints(typeName: "Test::Queue::Queue", ##"{"properties":{"Labels""#))
        #expect(text.hasLine("public override class var schemaConstraints: SchemaConstraints? { _schemaConstraints }"))
    }

    @Test func aTypeWithNothingToCheckHasNoConstraints() throws {
        let text = try render(#"{"typeName": "Test::Plain::Thing", "properties": {"Name": {"type": "string"}}}"#)
        #expect(!text.contains("schemaConstraints"))
    }

    @Test func resourceLevelRequiredGroups() throws {
        let value = try constraints(#"""
            {"typeName": "Test::A::B", "properties": {"X": {"type": "string"}, "Y": {"type": "string"}},
             "oneOf": [{"required": ["X"]}, {"required": ["Y"]}]}
            """#)
        #expect(value?["requiredGroups"] == [["X"], ["Y"]])
        let mixed = try constraints(#"""
            {"typeName": "Test::A::B", "properties": {"X": {"type": "string"}},
             "anyOf": [{"required": ["X"]}, {"properties": {"X": {"const": "a"}}}]}
            """#)
        #expect(mixed == nil)
    }

    @Test func nonASCIIIsEscapedAndTheDelimiterFitsTheText() throws {
        #expect(ConstraintBuilder.asciiJSON(["pattern": "^[é\u{1F600}]$"]) == #"{"pattern":"^[\u00e9\ud83d\ude00]$"}"#)
        #expect(SwiftLiteral.raw(#"{"a":"b"}"#) == ##"#"{"a":"b"}"#"##)
        #expect(SwiftLiteral.raw(##"{"$ref":"#/x","p":"\#"}"##) == ###"##"{"$ref":"#/x","p":"\#"}"##"###)
    }
}
