import CDK
import CDKAssertions
import Testing

@Suite struct TemplateTests {
    /// The AWS CDK's sample failure (cdk-behaviour.md section 7), reproduced exactly.
    static let sampleFailure = """
        Template has 1 resources with type AWS::S3::Bucket, but none match as expected.
        The 1 closest matches:
        Bucket83908E77 :: {
          "DeletionPolicy": "Retain",
          "Properties": {
        !!   Expected other but received my-bucket
            "BucketName": "my-bucket",
            "VersioningConfiguration": {
        !!     Expected Suspended but received Enabled
              "Status": "Enabled"
            }
          },
          "Type": "AWS::S3::Bucket",
          "UpdateReplacePolicy": "Retain"
        }
        """

    private let samplePattern: Pattern = ["BucketName": "other", "VersioningConfiguration": ["Status": "Suspended"]]

    @Test func reproducesTheAWSCDKSampleFailure() throws {
        let (_, stack, _) = try sampleBucketStack()
        let error = failure { try Template(stack).hasResourceProperties("AWS::S3::Bucket", samplePattern) }
        #expect(error?.awsCDKDescription == Self.sampleFailure)
        // The report adds the construct path of each candidate.
        #expect(error?.description == Self.sampleFailure.replacingOccurrences(of: "Bucket83908E77 ::", with: "Bucket83908E77 (/S/Bucket) ::"))
    }

    @Test func aTemplateFromJSONHasNoPaths() throws {
        let (_, stack, _) = try sampleBucketStack()
        let json = try Template(stack).toJSON()
        let error = failure { try Template(json: json).hasResourceProperties("AWS::S3::Bucket", samplePattern) }
        #expect(error?.description == Self.sampleFailure)
        let fromText = try Template(jsonString: JSONWriter.string(json, indent: 1))
        #expect(fromText.toJSON() == json)
        #expect(failure { _ = try Template(jsonString: "{") }?.description.hasPrefix("The template is not valid JSON") == true)
        #expect(failure { _ = try Template(json: [1]) }?.description == "A template must be a JSON object, got array.")
    }

    @Test func hasResourcePropertiesAcceptsLiteralsAndMatchers() throws {
        let (_, stack, _) = try sampleBucketStack()
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["VersioningConfiguration": ["Status": "Enabled"]])
        try template.hasResourceProperties("AWS::S3::Bucket", ["Tags": Match.absent(), "BucketName": Match.stringLikeRegexp("^my-")])
        let name = Capture()
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketName": name])
        #expect(try name.asString() == "my-bucket")
        try template.hasResourceProperties("AWS::S3::Bucket", Match.objectEquals([
            "BucketName": "my-bucket", "VersioningConfiguration": ["Status": "Enabled"],
        ]))
    }

    @Test func hasResourcePropertiesTreatsMissingPropertiesAsEmpty() throws {
        let template = try Template(json: ["Resources": ["Topic": ["Type": "AWS::SNS::Topic"]]])
        try template.hasResourceProperties("AWS::SNS::Topic", [:])
        try template.hasResourceProperties("AWS::SNS::Topic", ["DisplayName": Match.absent()])
        try template.hasResourceProperties("AWS::SNS::Topic", Match.absent())
        try template.hasResource("AWS::SNS::Topic", ["Properties": Match.absent()])
        #expect(failure { try template.hasResourceProperties("AWS::SNS::Topic", Match.anyValue()) } == nil)
    }

    @Test func missingTypeAndMissingKeyReports() throws {
        let (_, stack, _) = try sampleBucketStack()
        let template = try Template(stack)
        #expect(failure { try template.hasResource("AWS::Lambda::Function", [:]) }?.description
            == "Template has 0 resources with type AWS::Lambda::Function.\nNo matches found")
        let missing = failure { try template.hasResourceProperties("AWS::S3::Bucket", ["Tags": [["Key": "a", "Value": "b"]]]) }
        #expect(missing?.awsCDKDescription == """
            Template has 1 resources with type AWS::S3::Bucket, but none match as expected.
            The 1 closest matches:
            Bucket83908E77 :: {
              "DeletionPolicy": "Retain",
              "Properties": {
                "BucketName": "my-bucket",
            !!   Missing key 'Tags'
                "Tags": undefined,
                "VersioningConfiguration": { "Status": "Enabled" }
              },
              "Type": "AWS::S3::Bucket",
              "UpdateReplacePolicy": "Retain"
            }
            """)
    }

    @Test func closestMatchesAreAtMostThreeByCostThenLogicalId() throws {
        let template = try Template(json: ["Resources": [
            "D": ["Type": "T", "Properties": ["A": 0, "B": 0]],
            "C": ["Type": "T", "Properties": ["A": 1, "B": 0]],
            "B": ["Type": "T", "Properties": ["A": 0, "B": 0]],
            "A": ["Type": "T", "Properties": ["A": 0, "B": 0, "C": 5]],
        ]])
        let error = failure { try template.hasResourceProperties("T", ["A": 1, "B": 1]) }
        let lines = error?.description.split(separator: "\n").filter { $0.contains(" :: ") } ?? []
        #expect(lines == ["C :: {", "A :: {", "B :: {"])
        #expect(error?.description.hasPrefix("Template has 4 resources with type T, but none match as expected.\nThe 3 closest matches:\n") == true)
    }

    @Test func hasResourceMatchesTheWholeDefinition() throws {
        let (_, stack, bucket) = try sampleBucketStack()
        let queue = try CfnResource(stack, "Queue", type: "AWS::SQS::Queue")
        try queue.addDependency(bucket)
        let template = try Template(stack)
        try template.hasResource("AWS::S3::Bucket", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
        try template.hasResource("AWS::SQS::Queue", ["DependsOn": ["Bucket83908E77"]])
        #expect(failure { try template.hasResource("AWS::S3::Bucket", ["DeletionPolicy": "Delete"]) } != nil)
    }

    @Test func countsResources() throws {
        let (_, stack, _) = try sampleBucketStack()
        _ = try CfnResource(stack, "Second", type: "AWS::S3::Bucket", properties: ["BucketName": "second"])
        let template = try Template(stack)
        try template.resourceCountIs("AWS::S3::Bucket", 2)
        try template.resourceCountIs("AWS::SQS::Queue", 0)
        #expect(failure { try template.resourceCountIs("AWS::S3::Bucket", 1) }?.description == "Expected 1 resources of type AWS::S3::Bucket but found 2")
        try template.resourcePropertiesCountIs("AWS::S3::Bucket", ["BucketName": "second"], 1)
        try template.resourcePropertiesCountIs("AWS::S3::Bucket", ["BucketName": Match.anyValue()], 2)
        #expect(failure { try template.resourcePropertiesCountIs("AWS::S3::Bucket", ["BucketName": "x"], 1) }?.description
            == "Expected 1 resources of type AWS::S3::Bucket but found 0")
    }

    @Test func findsResources() throws {
        let (_, stack, _) = try sampleBucketStack()
        _ = try CfnResource(stack, "Second", type: "AWS::S3::Bucket", properties: ["BucketName": "second"])
        let template = try Template(stack)
        #expect(try template.findResources("AWS::S3::Bucket").keys == ["Bucket83908E77", "Second"])
        #expect(try template.findResources("AWS::S3::Bucket", ["Properties": ["BucketName": "second"]]).keys == ["Second"])
        #expect(try template.findResources("AWS::S3::Bucket", ["Properties": ["BucketName": "none"]]).isEmpty)
        #expect(try template.findResources("AWS::S3::Bucket")["Second"] == ["Type": "AWS::S3::Bucket", "Properties": ["BucketName": "second"]])
    }

    @Test func allResourcesMustMatch() throws {
        let template = try Template(json: ["Resources": [
            "A": ["Type": "Q", "Properties": ["Fifo": true]],
            "B": ["Type": "Q", "Properties": ["Fifo": false]],
        ]])
        try template.allResourcesProperties("Q", ["Fifo": Match.anyValue()])
        try template.allResources("Q", ["Type": "Q"])
        #expect(failure { try template.allResourcesProperties("Q", ["Fifo": true]) }?.description == """
            Template has 2 resource(s) with type Q, but only 1 match as expected.
            The following resources do not match the given definition:
            \tB
            """)
        #expect(failure { try template.allResources("Q", ["Properties": ["Fifo": "x"]]) }?.description == """
            Template has 2 resource(s) with type Q, but none match as expected.
            The following resources do not match the given definition:
            \tA
            \tB
            """)
    }

    @Test func outputsParametersMappingsAndConditions() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let bucket = try CfnResource(stack, "Bucket", type: "AWS::S3::Bucket")
        _ = try CfnOutput(stack, "BucketName", value: bucket.ref, exportName: "TheBucket")
        _ = try CfnParameter(stack, "Size", type: "Number", default: 3, minValue: 1)
        _ = try CfnMapping(stack, "Regions", mapping: ["eu-west-1": ["Ami": "ami-1"]])
        _ = try CfnCondition(stack, "IsProd", expression: Fn.conditionEquals("prod", "prod"))
        let template = try Template(stack)

        try template.hasOutput("BucketName", ["Value": ["Ref": "Bucket"], "Export": ["Name": "TheBucket"]])
        try template.hasOutput("*", ["Export": Match.anyValue()])
        #expect(try template.findOutputs().keys == ["BucketName"])
        #expect(try template.findOutputs("Other").isEmpty)
        #expect(failure { try template.hasOutput("Missing", [:]) }?.description == "Template has 0 outputs named Missing.\nNo matches found")

        try template.hasParameter("Size", ["Type": "Number", "Default": 3])
        #expect(try template.findParameters("*", ["Type": "Number"]).keys == ["Size"])
        #expect(try template.findParameters().keys.contains("BootstrapVersion"))
        let parameterFailure = failure { try template.hasParameter("Size", ["Type": "String"]) }
        #expect(parameterFailure?.description.hasPrefix("Template has 1 parameters with logicalId 'Size', but none match as expected.\nThe 1 closest matches:\nSize (/S/Size) :: {") == true)

        try template.hasMapping("Regions", ["eu-west-1": ["Ami": "ami-1"]])
        #expect(try template.findMappings("*", ["eu-west-1": Match.anyValue()]).keys == ["Regions"])
        #expect(failure { try template.hasMapping("Regions", ["us-east-1": Match.anyValue()]) }?.awsCDKDescription.hasPrefix("Template has 1 mappings with logicalId Regions, but none match as expected.") == true)

        try template.hasCondition("IsProd", ["Fn::Equals": ["prod", "prod"]])
        #expect(try template.findConditions().keys == ["IsProd"])
        #expect(failure { try template.hasCondition("*", ["Fn::Or": Match.anyValue()]) }?.awsCDKDescription.hasPrefix("Template has 1 conditions with logicalId *, but none match as expected.") == true)
    }

    @Test func templateMatchesTheWholeTemplate() throws {
        let (_, stack, _) = try sampleBucketStack()
        let template = try Template(stack)
        try template.templateMatches(["Resources": ["Bucket83908E77": ["Type": "AWS::S3::Bucket"]]])
        let error = failure { try template.templateMatches(["Resources": ["Bucket83908E77": ["Properties": ["BucketName": "x"]]], "Outputs": Match.anyValue()]) }
        #expect(error?.description == """
            Template did not match as expected. The following mismatches were found:
            \tMissing key 'Outputs' at /Outputs (using objectLike matcher)
            \tExpected x but received my-bucket at /Resources/Bucket83908E77/Properties/BucketName (using objectLike matcher)
            """)
        #expect(failure { try template.templateMatches(Match.exact(["Resources": [:]])) } != nil)
    }

    @Test func logicalIdsComeFromConstructs() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let wrapper = try Construct(stack, "Data")
        let resource = try CfnResource(wrapper, "Resource", type: "AWS::S3::Bucket")
        let template = try Template(stack)
        #expect(try template.logicalId(of: resource) == "Data666C94C7")
        #expect(try template.logicalId(of: wrapper) == "Data666C94C7")
        #expect(template.path(ofLogicalId: "Data666C94C7") == "/S/Data/Resource")
        #expect(try template.resource(of: wrapper) == ["Type": "AWS::S3::Bucket"])
        #expect(failure { _ = try template.logicalId(of: stack) }?.description.contains("is not a CloudFormation element") == true)
        #expect(Template(jsonOrNil: template.toJSON())?.path(ofLogicalId: "Data666C94C7") == nil)
    }

    @Test func refusesDependencyCycles() throws {
        let json: JSONValue = ["Resources": [
            "A": ["Type": "T", "Properties": ["P": ["Fn::GetAtt": ["B", "Arn"]]]],
            "B": ["Type": "T", "DependsOn": "A"],
            "C": ["Type": "T", "Properties": ["P": ["Fn::Sub": "${A.Arn}-${!Literal}"]]],
        ]]
        let error = failure { _ = try Template(json: json) }
        #expect(error?.description.hasPrefix("Template is undeployable, these resources have a dependency cycle: A -> B -> A:\n\n{") == true)
        _ = try Template(json: json, skipCyclicalDependenciesCheck: true)
    }

    @Test func synthesisIsSharedAcrossStacksAndStages() throws {
        let app = try makeApp()
        let stage = try Stage(app, "Prod")
        let stack = try Stack(stage, "Api")
        _ = try CfnResource(stack, "Queue", type: "AWS::SQS::Queue")
        let other = try Stack(app, "Other")
        _ = try CfnResource(other, "Topic", type: "AWS::SNS::Topic")
        try Template(stack).resourceCountIs("AWS::SQS::Queue", 1)
        try Template(other).resourceCountIs("AWS::SNS::Topic", 1)
        #expect(try Template(stack).path(ofLogicalId: "Queue") == "/Prod/Api/Queue")
    }
}

extension Template {
    /// A template from JSON that is known to be valid, for tests.
    init?(jsonOrNil json: JSONValue) {
        try? self.init(json: json)
    }
}
