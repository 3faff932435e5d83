import Testing
@testable import CDKGeneratorCore

@Suite struct NamingTests {
    @Test func camelCaseFollowsTheAWSCDK() {
        #expect(CamelCase.lower("BucketName") == "bucketName")
        #expect(CamelCase.lower("DBClusterIdentifier") == "dbClusterIdentifier")
        #expect(CamelCase.lower("KMSMasterKeyID") == "kmsMasterKeyId")
        #expect(CamelCase.lower("DomainIAMRoleName") == "domainIamRoleName")
        #expect(CamelCase.lower("SSESpecification") == "sseSpecification")
        #expect(CamelCase.lower("Ipv6Address") == "ipv6Address")
        #expect(CamelCase.lower("S3Bucket") == "s3Bucket")
        #expect(CamelCase.lower("MasterUsername") == "masterUsername")
        #expect(CamelCase.lower("ARN") == "arn")
        #expect(CamelCase.lower("Id") == "id")
        #expect(CamelCase.lower("A") == "a")
        #expect(CamelCase.upper("Endpoint.Address") == "EndpointAddress")
        #expect(CamelCase.upper("CertificateDetails.CAIdentifier") == "CertificateDetailsCaIdentifier")
    }

    @Test func serviceNames() {
        let s3 = ServiceName(typeName: "AWS::S3::Bucket")
        #expect(s3.namespace == "S3")
        #expect(s3.moduleName == "CDKS3")
        #expect(ServiceName(typeName: "AWS::EC2::VPC").moduleName == "CDKEC2")
        let ask = ServiceName(typeName: "Alexa::ASK::Skill")
        #expect(ask.namespace == "AlexaASK")
        #expect(ask.moduleName == "CDKAlexaASK")
        #expect(ServiceName.resourceName(of: "AWS::EC2::VPC") == "VPC")
    }

    static let clashes = """
    {
      "typeName": "Test::Names::Clash",
      "definitions": {
        "Inner": {
          "type": "object",
          "properties": {
            "JsonValue": {"type": "string"},
            "Protocol": {"type": "string"},
            "Init": {"type": "string"},
            "Type": {"type": "string"}
          }
        },
        "operator": {"type": "object", "properties": {"Default": {"type": "string"}}}
      },
      "properties": {
        "Protocol": {"type": "string"},
        "Default": {"type": "string"},
        "Operator": {"$ref": "#/definitions/operator"},
        "Self": {"type": "string"},
        "Init": {"type": "string"},
        "Type": {"type": "string"},
        "In": {"type": "boolean"},
        "Node": {"type": "string"},
        "Stack": {"type": "string"},
        "Ref": {"type": "string"},
        "LogicalId": {"type": "string"},
        "CfnOptions": {"type": "string"},
        "TypeInfo": {"type": "string"},
        "Tags": {"type": "string"},
        "Id": {"type": "string"},
        "Scope": {"type": "string"},
        "KmsKeyId": {"type": "string"},
        "KMSKeyId": {"type": "string"},
        "Inner": {"$ref": "#/definitions/Inner"},
        "3DModel": {"type": "string"}
      },
      "required": ["Id"]
    }
    """

    @Test func keywordsAreEscaped() throws {
        let text = try render(Self.clashes)
        #expect(text.hasLine("public var `protocol`: String?"))
        #expect(text.hasLine("public var `default`: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var `in`: Bool?"))
        #expect(text.hasLine("`protocol`: String? = nil,"))
        #expect(text.hasLine("self.protocol = `protocol`"))
        #expect(text.hasLine("if let value = self.protocol { properties[\"Protocol\"] = value.jsonValue }"))
        // `type` is not a keyword.
        #expect(text.hasLine("public var type: String?"))
    }

    @Test func namesSwiftCannotUseAreRenamed() throws {
        let text = try render(Self.clashes)
        #expect(text.hasLine("@exclusivity(unchecked) public var selfValue: String?"))
        #expect(text.hasLine("public var initValue: String?"))
        #expect(text.hasLine("if let value = self.selfValue { properties[\"Self\"] = value.jsonValue }"))
    }

    @Test func namesOfInheritedMembersAreRenamed() throws {
        let text = try render(Self.clashes)
        #expect(text.hasLine("@exclusivity(unchecked) public var nodeValue: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var stackValue: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var refValue: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var logicalIdValue: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var cfnOptionsValue: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var typeInfoValue: String?"))
        // A tag property that is not managed keeps its value, named as the AWS CDK names it.
        #expect(text.hasLine("@exclusivity(unchecked) public var tagsRaw: String?"))
        #expect(text.hasLine("if let value = self.tagsRaw { properties[\"Tags\"] = value.jsonValue }"))
        #expect(text.hasLine("try super.init(scope, id, type: \"Test::Names::Clash\", tags: nil)"))
    }

    @Test func scopeAndIdPropertiesDoNotHideTheInitializersParameters() throws {
        let text = try render(Self.clashes)
        #expect(text.hasLine("@exclusivity(unchecked) public var id: String"))
        #expect(text.hasLine("@exclusivity(unchecked) public var scope: String?"))
        #expect(text.hasLine("id idValue: String,"))
        #expect(text.hasLine("scope scopeValue: String? = nil,"))
        #expect(text.hasLine("self.id = idValue"))
        #expect(text.hasLine("self.scope = scopeValue"))
    }

    @Test func collidingNamesGetNumbersInOrdinalOrder() throws {
        let text = try render(Self.clashes)
        // "KMSKeyId" sorts before "KmsKeyId".
        #expect(text.hasLine("@exclusivity(unchecked) public var kmsKeyId: String?"))
        #expect(text.hasLine("@exclusivity(unchecked) public var kmsKeyId2: String?"))
        #expect(text.hasLine("if let value = self.kmsKeyId { properties[\"KMSKeyId\"] = value.jsonValue }"))
        #expect(text.hasLine("if let value = self.kmsKeyId2 { properties[\"KmsKeyId\"] = value.jsonValue }"))
    }

    @Test func nestedMembersAvoidTheProtocolRequirement() throws {
        let text = try render(Self.clashes)
        #expect(text.hasLine("public var jsonValueValue: String?"))
        #expect(text.hasLine("if let value = self.jsonValueValue { object[\"JsonValue\"] = value.jsonValue }"))
        #expect(text.hasLine("public var typeValue: String?") == false)
        #expect(text.hasLine("public final class OperatorProperty: JSONValueConvertible {"))
        #expect(text.hasLine("@exclusivity(unchecked) public var `operator`: OperatorProperty?"))
    }

    @Test func leadingDigitsGetAnUnderscore() throws {
        let text = try render(Self.clashes)
        #expect(text.hasLine("@exclusivity(unchecked) public var _3DModel: String?"))
    }
}
