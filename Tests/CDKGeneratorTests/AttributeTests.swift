import Testing
@testable import CDKGeneratorCore

@Suite struct AttributeTests {
    static let database = """
    {
      "typeName": "Test::Data::Base",
      "definitions": {
        "Endpoint": {"type": "object", "properties": {"Address": {"type": "string"}, "Port": {"type": "integer"}}}
      },
      "properties": {
        "Name": {"type": "string"},
        "Arn": {"type": "string"},
        "Endpoint": {"$ref": "#/definitions/Endpoint"},
        "Ids": {"type": "array", "items": {"type": "string"}},
        "Members": {"type": "array", "items": {"type": "object", "properties": {"X": {"type": "string"}}}},
        "Ready": {"type": "boolean"},
        "Nodes": {"type": "array", "items": {"type": "object", "properties": {"Id": {"type": "string"}}}}
      },
      "createOnlyProperties": ["/properties/Name"],
      "readOnlyProperties": ["/properties/Arn", "/properties/Endpoint/Address", "/properties/Endpoint/Port", "/properties/Endpoint", "/properties/Ids", "/properties/Members", "/properties/Ready", "/properties/Nodes/*/Id", "/properties/WebsiteURL"],
      "primaryIdentifier": ["/properties/Name"]
    }
    """

    @Test func readOnlyPropertiesAreAttributes() throws {
        let text = try render(Self.database)
        #expect(text.hasLine("public var attrArn: String { getAtt(\"Arn\").toString() }"))
        #expect(text.hasLine("public var attrEndpointAddress: String { getAtt(\"Endpoint.Address\").toString() }"))
        #expect(text.hasLine("public var attrEndpointPort: Double { getAtt(\"Endpoint.Port\", typeHint: .number).toNumber() }"))
        #expect(text.hasLine("public var attrEndpoint: CfnReference { getAtt(\"Endpoint\") }"))
        #expect(text.hasLine("public var attrIds: [String] { getAtt(\"Ids\", typeHint: .stringList).toList() }"))
        #expect(text.hasLine("public var attrMembers: CfnReference { getAtt(\"Members\") }"))
        #expect(text.hasLine("public var attrReady: CfnReference { getAtt(\"Ready\") }"))
        #expect(text.hasLine("public var attrWebsiteUrl: String { getAtt(\"WebsiteURL\").toString() }"))
        #expect(!text.contains("Nodes.Id"))
    }

    @Test func readOnlyPropertiesAreNotParameters() throws {
        let text = try render(Self.database)
        #expect(!text.contains("public var arn:"))
        #expect(!text.contains("public var endpoint:"))
        #expect(text.contains("[\"Name\", \"Nodes\"]"))
        #expect(text.hasLine("@exclusivity(unchecked) public var name: String?"))
        #expect(text.hasLine("/// The `Name` property. Changing it replaces the resource."))
    }

    @Test func typeInformationKeepsTheSchemasPointers() throws {
        let text = try render(Self.database)
        #expect(text.hasLine("createOnlyProperties: [\"/properties/Name\"],"))
        #expect(text.hasLine("readOnlyProperties: [\"/properties/Arn\", \"/properties/Endpoint/Address\", \"/properties/Endpoint/Port\", \"/properties/Endpoint\", \"/properties/Ids\", \"/properties/Members\", \"/properties/Ready\", \"/properties/Nodes/*/Id\", \"/properties/WebsiteURL\"],"))
        #expect(text.hasLine("primaryIdentifier: [\"/properties/Name\"],"))
    }

    @Test func statefulTypesAreMarked() throws {
        let text = try render(##"{"typeName": "AWS::S3::Bucket", "properties": {"BucketName": {"type": "string"}}}"##)
        #expect(text.hasLine("isStateful: true)"))
        #expect(text.hasLine("extension S3 {"))
        #expect(text.hasLine("public override var constructInfo: ConstructInfo { ConstructInfo(fqn: \"CDKS3.S3.CfnBucket\") }"))
    }
}
