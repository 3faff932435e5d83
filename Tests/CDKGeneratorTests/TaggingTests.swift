import Testing
@testable import CDKGeneratorCore

@Suite struct TaggingTests {
    func tagged(_ tagging: String, tags: String, extra: String = "") throws -> String {
        try render("""
        {
          "typeName": "Test::Tags::Thing",
          \(tagging)
          "definitions": {
            "Tag": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}, "required": ["Key", "Value"]},
            "AsgTag": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}, "PropagateAtLaunch": {"type": "boolean"}}, "required": ["Key", "Value", "PropagateAtLaunch"]}
          },
          "properties": {
            "Name": {"type": "string"},
            \(extra)
            \(tags)
          }
        }
        """)
    }

    @Test func standardListTags() throws {
        let text = try tagged(##""tagging": {"taggable": true, "tagProperty": "/properties/Tags"},"##,
                              tags: ##""Tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}}"##)
        #expect(text.hasLine("tags: [CfnTag]? = nil"))
        #expect(text.hasLine("try super.init(scope, id, type: \"Test::Tags::Thing\", tags: TagManager(.standard, resourceType: \"Test::Tags::Thing\", tagPropertyName: \"Tags\", initialTags: tags ?? []))"))
        // The tags are the tag manager's: no stored property and nothing in renderProperties.
        #expect(!text.contains("public var tags"))
        #expect(!text.contains("properties[\"Tags\"]"))
        #expect(text.contains("[\"Name\", \"Tags\"]"))
    }

    @Test func tagsPropertyWithoutTaggingInformation() throws {
        let text = try tagged("", tags: ##""Tags": {"type": "array", "items": {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}, "required": ["Key"]}}"##)
        #expect(text.contains("TagManager(.standard, resourceType: \"Test::Tags::Thing\", tagPropertyName: \"Tags\", initialTags: tags ?? [])"))
    }

    @Test func mapTagsUnderAnotherName() throws {
        let text = try tagged(##""tagging": {"taggable": true, "tagProperty": "/properties/ThingTags"},"##,
                              tags: ##""ThingTags": {"type": "object", "patternProperties": {"^.+$": {"type": "string"}}, "additionalProperties": false}"##)
        #expect(text.hasLine("thingTags: [String: String]? = nil"))
        #expect(text.contains("tags: TagManager(.map, resourceType: \"Test::Tags::Thing\", tagPropertyName: \"ThingTags\", initialTagValues: thingTags ?? [:]))"))
        #expect(!text.contains("public var thingTags"))
    }

    @Test func autoScalingGroupTagsKeepPropagateAtLaunch() throws {
        let text = try tagged(##""tagging": {"taggable": true},"##,
                              tags: ##""Tags": {"type": "array", "items": {"$ref": "#/definitions/AsgTag"}}"##)
        #expect(text.hasLine("tags: [AsgTagProperty]? = nil"))
        #expect(text.contains("tags: CfnThing._tagManager(tags))"))
        #expect(text.hasLine("let manager = TagManager(.autoScalingGroup, resourceType: \"Test::Tags::Thing\", tagPropertyName: \"Tags\")"))
        #expect(text.hasLine("manager.setTag(tag.key, tag.value, priority: 50, applyToLaunchedInstances: tag.propagateAtLaunch)"))
        #expect(text.hasLine("public final class AsgTagProperty: JSONValueConvertible {"))
    }

    @Test func notTaggableKeepsAPlainProperty() throws {
        let text = try tagged(##""tagging": {"taggable": false},"##,
                              tags: ##""Tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}}"##)
        #expect(text.hasLine("@exclusivity(unchecked) public var tagsRaw: [CfnTag]?"))
        #expect(text.hasLine("tagsRaw: [CfnTag]? = nil"))
        #expect(text.hasLine("if let value = self.tagsRaw { properties[\"Tags\"] = value.jsonValue }"))
        #expect(text.contains("tags: nil)"))
    }

    @Test func jsonTagsAreAMap() throws {
        let text = try tagged("", tags: ##""Tags": {"type": ["object", "string"], "format": "json"}"##)
        #expect(text.hasLine("tags: [String: String]? = nil"))
        #expect(text.contains("tags: TagManager(.map, resourceType: \"Test::Tags::Thing\", tagPropertyName: \"Tags\", initialTagValues: tags ?? [:]))"))
    }

    @Test func otherUntypedTagsAreAPlainProperty() throws {
        let text = try tagged(##""tagging": {"taggable": true},"##, tags: ##""Tags": {"type": "array"}"##)
        #expect(text.hasLine("@exclusivity(unchecked) public var tagsRaw: [JSONValue]?"))
        #expect(text.contains("tags: nil)"))
        let notTaggable = try tagged(##""taggable": false,"##, tags: ##""Tags": {"type": ["object", "string"]}"##)
        #expect(notTaggable.hasLine("@exclusivity(unchecked) public var tagsRaw: JSONValue?"))
    }

    @Test func onlyTheDefaultTagPropertyWithoutTaggingInformation() throws {
        let text = try tagged("", tags: ##""Labels": {"type": "array", "items": {"$ref": "#/definitions/Tag"}}"##)
        #expect(text.hasLine("@exclusivity(unchecked) public var labels: [CfnTag]?"))
        #expect(text.contains("tags: nil)"))
    }
}
