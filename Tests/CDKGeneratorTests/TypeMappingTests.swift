import Testing
@testable import CDKGeneratorCore

@Suite struct TypeMappingTests {
    static let widget = """
    {
      "typeName": "Test::Shop::Widget",
      "description": "A widget.\\n  Spread over\\n lines. */ done",
      "definitions": {
        "Dimensions": {
          "type": "object",
          "description": "Size of a widget.",
          "properties": {
            "Height": {"type": "number"},
            "Width": {"type": "integer", "description": "The width."},
            "Unit": {"$ref": "#/definitions/Unit"}
          },
          "required": ["Height"]
        },
        "Unit": {"type": "string", "enum": ["cm", "in"]},
        "Part": {
          "type": "object",
          "properties": {
            "Name": {"type": "string"},
            "Children": {"type": "array", "items": {"$ref": "#/definitions/Part"}},
            "Parent": {"$ref": "#/definitions/Part"}
          }
        },
        "StringList": {"type": "array", "items": {"type": "string"}}
      },
      "properties": {
        "Name": {"type": "string"},
        "Count": {"type": "integer"},
        "Price": {"type": "number"},
        "Enabled": {"type": "boolean"},
        "Size": {"$ref": "#/definitions/Dimensions"},
        "Sizes": {"type": "array", "items": {"$ref": "#/definitions/Dimensions"}},
        "Aliases": {"$ref": "#/definitions/StringList"},
        "Matrix": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
        "Labels": {"type": "object", "patternProperties": {"^[a-z]+$": {"type": "string"}}, "additionalProperties": false},
        "PartsByName": {"type": "object", "patternProperties": {".*": {"$ref": "#/definitions/Part"}}},
        "Counters": {"type": "object", "additionalProperties": {"type": "integer"}},
        "Mixed": {"type": "object", "patternProperties": {"^a": {"type": "string"}, "^b": {"type": "boolean"}}},
        "Document": {"type": ["object", "string"]},
        "FreeForm": {"type": "object"},
        "Anything": {},
        "NumberOrString": {"type": ["integer", "string"]},
        "Root": {"$ref": "#/definitions/Part"},
        "Location": {
          "type": "object",
          "properties": {"Aisle": {"type": "string"}, "Shelf": {"type": "integer"}},
          "required": ["Aisle"]
        },
        "Untyped": {"items": {"type": "string"}},
        "Untyped2": {"enum": ["a", "b"]}
      },
      "required": ["Name", "Size"],
      "additionalProperties": false,
      "primaryIdentifier": ["/properties/Name"]
    }
    """

    @Test func primitivesMapToSwiftTypes() throws {
        let text = try render(Self.widget)
        #expect(text.hasLine("@exclusivity(unchecked) public var name: String"))
        #expect(text.hasLine("@exclusivity(unchecked) public var count: Double?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var price: Double?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var enabled: Bool?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var untyped2: String?"))
    }

    @Test func definitionsBecomeNestedClasses() throws {
        let text = try render(Self.widget)
        #expect(text.hasLine("@exclusivity(unchecked) public var size: DimensionsProperty"))
        #expect(text.hasLine("public final class DimensionsProperty: JSONValueConvertible {"))
        #expect(text.hasLine("/// Size of a widget."))
        #expect(text.hasLine("public var height: Double"))
        #expect(text.hasLine("public var width: Double?"))
        #expect(text.hasLine("/// The width."))
        // A definition that is a plain string is inlined, not a class.
        #expect(text.hasLine("public var unit: String?"))
        #expect(!text.contains("UnitProperty"))
        // The nested initializer: required first-class, the rest defaulting to nil, in order.
        #expect(text.contains("""
                    public init(
                        height: Double,
                        unit: String? = nil,
                        width: Double? = nil
                    ) {
        """))
        #expect(text.contains("""
                    public var jsonValue: JSONValue {
                        var object = JSONObject()
                        object["Height"] = self.height.jsonValue
                        if let value = self.unit { object["Unit"] = value.jsonValue }
                        if let value = self.width { object["Width"] = value.jsonValue }
                        return .object(object)
                    }
        """))
    }

    @Test func arraysAndMaps() throws {
        let text = try render(Self.widget)
        #expect(text.hasLine("@exclusivity(unchecked) public var sizes: [DimensionsProperty]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var aliases: [String]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var matrix: [[Double]]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var labels: [String: String]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var partsByName: [String: PartProperty]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var counters: [String: Double]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var mixed: [String: JSONValue]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var untyped: [String]?"))
    }

    @Test func freeFormAndUntypedValuesAreJSON() throws {
        let text = try render(Self.widget)
        #expect(text.hasLine("@exclusivity(unchecked) public var document: JSONValue?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var freeForm: JSONValue?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var anything: JSONValue?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var numberOrString: JSONValue?"))
    }

    @Test func recursiveDefinitionsReferToTheirOwnClass() throws {
        let text = try render(Self.widget)
        #expect(text.hasLine("@exclusivity(unchecked) public var root: PartProperty?"))
        #expect(text.hasLine("public final class PartProperty: JSONValueConvertible {"))
        #expect(text.hasLine("public var children: [PartProperty]?"))
        #expect(text.hasLine("public var parent: PartProperty?"))
        #expect(text.components(separatedBy: "public final class PartProperty").count == 2)
    }

    @Test func inlineObjectsAreNamedAfterTheirProperty() throws {
        let text = try render(Self.widget)
        #expect(text.hasLine("@exclusivity(unchecked) public var location: LocationProperty?"))
        #expect(text.hasLine("public final class LocationProperty: JSONValueConvertible {"))
        #expect(text.hasLine("public var aisle: String"))
    }

    @Test func resourceInitializerTakesEveryPropertyInOrder() throws {
        let text = try render(Self.widget)
        #expect(text.contains("""
                public init(
                    _ scope: Construct,
                    _ id: String,
                    aliases: [String]? = nil,
                    anything: JSONValue? = nil,
                    count: Double? = nil,
        """))
        #expect(text.hasLine("name: String,"))
        #expect(text.hasLine("size: DimensionsProperty,"))
        #expect(text.hasLine("untyped2: String? = nil"))
        #expect(text.hasLine(") throws {"))
        #expect(text.hasLine("try super.init(scope, id, type: \"Test::Shop::Widget\", tags: nil)"))
        #expect(text.hasLine("extension ShopTest {") == false)
        #expect(text.hasLine("extension TestShop {"))
        #expect(text.hasLine("public final class CfnWidget: CfnResource {"))
    }

    @Test func renderPropertiesWritesEverySetPropertyInOrder() throws {
        let text = try render(Self.widget)
        let lines = trimmedLines(text)
        let start = try #require(lines.firstIndex(of: "public override func renderProperties() throws -> JSONObject {"))
        let body = Array(lines[(start + 1)...].prefix { $0 != "}" })
        #expect(body.first == "var properties = JSONObject()")
        #expect(body.last == "return properties")
        #expect(body.contains("properties[\"Name\"] = self.name.jsonValue"))
        #expect(body.contains("if let value = self.aliases { properties[\"Aliases\"] = value.jsonValue }"))
        let keys = body.compactMap { line -> String? in
            guard let range = line.range(of: "properties[\"") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(keys == keys.sorted(by: Ordinal.less))
        #expect(keys.count == 20)
    }

    @Test func propertyOrderAndTypeInformation() throws {
        let text = try render(Self.widget)
        #expect(text.contains("private static let _propertyOrder: [String] = [\"Aliases\", \"Anything\", \"Count\","))
        #expect(text.hasLine("public override class var propertyOrder: [String]? { _propertyOrder }"))
        #expect(text.contains("""
                private static let _typeInfo = CfnResourceTypeInfo(
                    typeName: "Test::Shop::Widget",
                    createOnlyProperties: [],
                    readOnlyProperties: [],
                    primaryIdentifier: ["/properties/Name"],
                    isStateful: false)
        """))
        #expect(text.hasLine("public override class var typeInfo: CfnResourceTypeInfo? { _typeInfo }"))
        #expect(text.hasLine("public override var constructInfo: ConstructInfo { ConstructInfo(fqn: \"CDKTestShop.TestShop.CfnWidget\") }"))
    }

    @Test func docCommentsAreOneSanitizedLine() throws {
        let text = try render(Self.widget)
        #expect(text.hasLine("/// A widget. Spread over lines. * / done"))
        #expect(text.hasLine("/// The `Name` property. Required."))
        #expect(DocText.line("  \n ", fallback: "x") == "x")
        let long = DocText.line(String(repeating: "word ", count: 200), fallback: "")
        #expect(long.count <= DocText.maximumLength + 4)
        #expect(long.hasSuffix(" ..."))
    }

    static let alternatives = """
    {
      "typeName": "Test::Shop::Choice",
      "definitions": {
        "A": {"type": "object", "properties": {"X": {"type": "string"}}},
        "B": {"type": "object", "properties": {"Y": {"type": "string"}}},
        "Filter": {
          "oneOf": [
            {"type": "object", "properties": {"All": {"type": "boolean"}}, "required": ["All"], "additionalProperties": false},
            {"type": "object", "properties": {"Include": {"type": "array", "items": {"type": "string"}}}, "required": ["Include"]}
          ]
        },
        "KeyList": {"type": "array", "items": {"type": "object", "properties": {"Name": {"type": "string"}}, "required": ["Name"]}}
      },
      "properties": {
        "AOrB": {"oneOf": [{"$ref": "#/definitions/A"}, {"$ref": "#/definitions/B"}]},
        "StringOrNumber": {"anyOf": [{"type": "string"}, {"type": "number"}]},
        "AOrJSON": {"oneOf": [{"$ref": "#/definitions/A"}, {"type": ["object", "string"], "format": "json"}]},
        "Keys": {"oneOf": [{"$ref": "#/definitions/KeyList"}, {"type": ["object", "string"]}]},
        "Constrained": {
          "type": "object",
          "properties": {"P": {"type": "string"}, "Q": {"type": "string"}},
          "oneOf": [{"required": ["P"]}, {"required": ["Q"]}]
        },
        "Formatted": {"type": "string", "anyOf": [{"format": "ipv4"}, {"format": "ipv6"}]},
        "Filter": {"$ref": "#/definitions/Filter"},
        "OnlyConstraints": {"oneOf": [{"required": ["P"]}]}
      }
    }
    """

    @Test func oneOfAndAnyOf() throws {
        let text = try render(Self.alternatives)
        // Alternatives of different types cannot be typed.
        #expect(text.hasLine("@exclusivity(unchecked) public var aOrB: JSONValue?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var stringOrNumber: JSONValue?"))
        #expect(!text.contains("class BProperty"))
        // A typed alternative beside a free-form one wins.
        #expect(text.hasLine("@exclusivity(unchecked) public var aOrJson: AProperty?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var keys: [KeyListProperty]?"))
        // Alternatives that only constrain an object or string keep its type.
        #expect(text.hasLine("@exclusivity(unchecked) public var constrained: ConstrainedProperty?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var formatted: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var onlyConstraints: JSONValue?"))
        // Inline object alternatives merge into one class whose members are all optional.
        #expect(text.hasLine("@exclusivity(unchecked) public var filter: FilterProperty?"))
        #expect(text.hasLine("public var all: Bool?"))
        #expect(text.hasLine("public var include: [String]?"))
    }

    @Test func keyValuePairsAreCfnTags() throws {
        let text = try render("""
        {
          "typeName": "Test::Shop::Tagged",
          "taggable": false,
          "definitions": {
            "Tag": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}, "required": ["Key", "Value"]},
            "LooseTag": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}, "required": ["Key"]},
            "Dimension": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}, "required": ["Key", "Value"]}
          },
          "properties": {
            "Labels": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
            "Loose": {"type": "array", "items": {"$ref": "#/definitions/LooseTag"}},
            "Dimensions": {"type": "array", "items": {"$ref": "#/definitions/Dimension"}},
            "Tags": {"type": "array", "items": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}, "required": ["Key", "Value"]}}
          }
        }
        """)
        #expect(text.hasLine("@exclusivity(unchecked) public var labels: [CfnTag]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var loose: [LooseTagProperty]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var dimensions: [DimensionProperty]?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var tagsRaw: [CfnTag]?"))
    }
}
