import Testing
@testable import CDK

/// A resource type with the constraints of a small schema, as generated types carry them.
private final class ConstrainedResource: CfnResource {
    static let constraints = SchemaConstraints(typeName: "Test::Service::Thing", #"""
        {"properties":{
          "Name":{"minLength":3,"maxLength":8,"pattern":"^[a-z][a-z0-9-]*$"},
          "Timeout":{"minimum":0,"maximum":43200},
          "Mode":{"enum":["FAST","SLOW"]},
          "Flag":{"enum":["true","false"]},
          "Keys":{"minItems":1,"maxItems":2,"items":{"$ref":"#/definitions/Key"}},
          "Lifecycle":{"properties":{"Rules":{"items":{"$ref":"#/definitions/Rule"}}}},
          "Labels":{"additionalProperties":{"maxLength":4}},
          "Source":{"properties":{"Bucket":{},"Key":{},"Arn":{}},"requiredGroups":[["Bucket","Key"],["Arn"]]}
        },
        "required":["Name"],
        "definitions":{
          "Key":{"properties":{"AttributeName":{"minLength":1}},"required":["AttributeName"]},
          "Rule":{"properties":{"ExpirationInDays":{"minimum":1},"Status":{"enum":["Enabled","Disabled"]},"Rules":{"items":{"$ref":"#/definitions/Rule"}}},"required":["Status"]}
        }}
        """#)
    override class var schemaConstraints: SchemaConstraints? { constraints }

    init(_ scope: Construct, _ id: String, _ properties: JSONObject) throws {
        try super.init(scope, id, type: "Test::Service::Thing", properties: properties)
    }
}

/// The messages of the validation error `body` throws.
private func violations(_ body: () throws -> Void) -> [(path: String, message: String)] {
    do {
        try body()
    } catch let error as ValidationError {
        return error.errors
    } catch {
        Issue.record("expected a ValidationError, got \(error)")
    }
    return []
}

@Suite struct SchemaConstraintTests {
    private func synthesize(_ properties: JSONObject, configure: (ConstrainedResource) throws -> Void = { _ in }) throws -> [(path: String, message: String)] {
        let app = try makeApp(context: [ContextKeys.schemaValidation: true])
        let stack = try bareStack(app, "S")
        let resource = try ConstrainedResource(stack, "Thing", properties)
        try configure(resource)
        return violations { _ = try app.synth() }
    }

    @Test func validValuesPass() throws {
        let app = try makeApp(context: [ContextKeys.schemaValidation: true])
        let stack = try bareStack(app, "S")
        _ = try ConstrainedResource(stack, "Thing", [
            "Name": "good-1", "Timeout": 30, "Mode": "FAST", "Flag": true, "Keys": [["AttributeName": "id"]],
            "Lifecycle": ["Rules": [["ExpirationInDays": 30, "Status": "Enabled"]]], "Labels": ["a": "abcd"],
            "Source": ["Arn": "arn:aws:s3:::b"],
        ])
        _ = try app.synth()
    }

    @Test func numberAboveTheMaximumNamesPathValueAndConstraint() throws {
        let errors = try synthesize(["Name": "good", "Timeout": 99_999])
        #expect(errors.count == 1)
        #expect(errors.first?.path == "S/Thing")
        let message = try #require(errors.first?.message)
        #expect(message.hasPrefix("Timeout: 99999 does not satisfy the schema constraint maximum 43200 of Test::Service::Thing."))
        #expect(message.contains("skipSchemaValidation(\"Timeout\")"))
    }

    @Test func stringLengthPatternAndEnum() throws {
        let errors = try synthesize(["Name": "Ab", "Mode": "MEDIUM", "Flag": "maybe"]).map(\.message)
        #expect(errors.count == 4)
        #expect(errors.contains { $0.hasPrefix(#"Name: "Ab" does not satisfy the schema constraint minLength 3 (it has 2 characters)"#) })
        #expect(errors.contains { $0.hasPrefix(#"Name: "Ab" does not satisfy the schema constraint pattern ^[a-z][a-z0-9-]*$"#) })
        #expect(errors.contains { $0.hasPrefix(#"Mode: "MEDIUM" does not satisfy the schema constraint enum [FAST, SLOW]"#) })
        #expect(errors.contains { $0.hasPrefix(#"Flag: "maybe" does not satisfy the schema constraint enum [true, false]"#) })
    }

    @Test func lengthCountsCodePoints() throws {
        #expect(try synthesize(["Name": "ééééé"]).map(\.message).allSatisfy { !$0.contains("Length") })
        #expect(try synthesize(["Name": "abcdefghi"]).map(\.message).contains { $0.contains("maxLength 8 (it has 9 characters)") })
    }

    @Test func nestedPathsWithArrayIndices() throws {
        let errors = try synthesize([
            "Name": "good",
            "Lifecycle": ["Rules": [
                ["ExpirationInDays": 30, "Status": "Enabled"],
                ["ExpirationInDays": 0, "Status": "Enabled", "Rules": [["Status": "On"]]],
                ["ExpirationInDays": 5],
            ]],
            "Keys": [["AttributeName": ""], [:], ["AttributeName": "c"]],
            "Labels": ["long": "too long"],
        ]).map(\.message)
        #expect(errors.contains { $0.hasPrefix("Lifecycle.Rules[1].ExpirationInDays: 0 does not satisfy the schema constraint minimum 1") })
        #expect(errors.contains { $0.hasPrefix(#"Lifecycle.Rules[1].Rules[0].Status: "On" does not satisfy the schema constraint enum [Enabled, Disabled]"#) })
        #expect(errors.contains { $0.hasPrefix("Lifecycle.Rules[2].Status is required but missing (schema of Test::Service::Thing)") })
        #expect(errors.contains { $0.contains("Keys: ") && $0.contains("maxItems 2 (it has 3)") })
        #expect(errors.contains { $0.hasPrefix(#"Keys[0].AttributeName: "" does not satisfy the schema constraint minLength 1"#) })
        #expect(errors.contains { $0.hasPrefix("Keys[1].AttributeName is required but missing") })
        #expect(errors.contains { $0.hasPrefix(#"Labels.long: "too long" does not satisfy the schema constraint maxLength 4"#) })
        #expect(errors.count == 7)
    }

    @Test func emptyListBelowMinItems() throws {
        let errors = try synthesize(["Name": "good", "Keys": []]).map(\.message)
        #expect(errors == [#"Keys: [] does not satisfy the schema constraint minItems 1 (it has 0) of Test::Service::Thing. Fix the value; if CloudFormation accepts it, turn the check off with skipSchemaValidation("Keys") on the resource."#])
    }

    @Test func requiredPropertiesAndRequiredGroups() throws {
        let errors = try synthesize(["Source": ["Bucket": "b"]]).map(\.message)
        #expect(errors.contains { $0.hasPrefix("Name is required but missing") })
        #expect(errors.contains { $0.hasPrefix("Source needs Bucket and Key, or Arn") })
        #expect(try synthesize(["Name": "good", "Source": ["Bucket": "b", "Key": "k"]]).isEmpty)
    }

    @Test func tokensAreSkipped() throws {
        let app = try makeApp(context: [ContextKeys.schemaValidation: true])
        let stack = try bareStack(app, "S")
        let parameter = try CfnParameter(stack, "P", type: "String")
        let number = try CfnParameter(stack, "N", type: "Number")
        let other = try CfnResource(stack, "Other", type: "AWS::SNS::Topic")
        _ = try ConstrainedResource(stack, "Thing", [
            "Name": .string(parameter.valueAsString),
            "Timeout": .number(number.valueAsNumber),
            "Mode": .string(other.ref),
            "Keys": .string(Fn.join(",", [parameter.valueAsString])),
            "Lifecycle": ["Rules": [["ExpirationInDays": .number(number.valueAsNumber), "Status": .string(Fn.select(0, ["Enabled", "x"]))]]],
            "Labels": ["a": .string(Fn.sub("${AWS::Region}-long"))],
            "Source": .string(other.getAtt("Arn").toString()),
        ])
        _ = try app.synth()
    }

    @Test func listWithATokenElementIsNotCounted() throws {
        let app = try makeApp(context: [ContextKeys.schemaValidation: true])
        let stack = try bareStack(app, "S")
        let other = try CfnResource(stack, "Other", type: "AWS::SNS::Topic")
        _ = try ConstrainedResource(stack, "Thing", ["Name": "good", "Keys": [["AttributeName": "a"], ["AttributeName": "b"], .string(other.ref)]])
        _ = try app.synth()
    }

    @Test func overridesAreChecked() throws {
        let errors = try synthesize(["Name": "good"]) { $0.addPropertyOverride("Timeout", JSONValue.number(50_000)) }
        #expect(errors.map(\.message).first?.hasPrefix("Timeout: 50000 does not satisfy the schema constraint maximum 43200") == true)
        let deleted = try synthesize(["Name": "good"]) { $0.addPropertyDeletionOverride("Name") }
        #expect(deleted.map(\.message).first?.hasPrefix("Name is required but missing") == true)
    }

    @Test func skipSchemaValidationForTheResource() throws {
        let errors = try synthesize(["Name": "X", "Timeout": 99_999]) { $0.skipSchemaValidation() }
        #expect(errors.isEmpty)
    }

    @Test func skipSchemaValidationForOneProperty() throws {
        let errors = try synthesize(["Name": "X", "Timeout": 99_999, "Lifecycle": ["Rules": [["ExpirationInDays": 0, "Status": "Enabled"]]]]) {
            $0.skipSchemaValidation("Name")
            $0.skipSchemaValidation("Lifecycle.Rules[0].ExpirationInDays")
        }
        #expect(errors.map(\.message).count == 1)
        #expect(errors.first?.message.hasPrefix("Timeout: 99999") == true)
    }

    @Test func byDefaultOnlyTheLimitsAreChecked() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        // A pattern, an enum and a required group broken, no limit: written as it is.
        _ = try ConstrainedResource(stack, "Loose", ["Name": "UPPER", "Mode": "NONE", "Source": ["Bucket": "b"]])
        _ = try ConstrainedResource(stack, "Long", ["Name": "far-too-long", "Timeout": 99_999, "Keys": [], "Labels": ["a": "12345"]])
        let errors = violations { _ = try app.synth() }
        #expect(errors.map(\.path) == ["S/Long", "S/Long", "S/Long", "S/Long"])
        #expect(errors.map { String($0.message.prefix { $0 != ":" }) } == ["Name", "Timeout", "Keys", "Labels.a"])
    }

    @Test func theLimitsAreFoundThroughDefinitionsThatReferToThemselves() {
        let properties: JSONObject = ["Lifecycle": ["Rules": [["Status": "On", "Rules": [["ExpirationInDays": 0]]]]]]
        let found = ConstrainedResource.constraints.violations(of: properties, strictness: .limits)
        #expect(found.map(\.propertyPath) == ["Lifecycle.Rules[0].Rules[0].ExpirationInDays"])
        // Every keyword: also the enum, and the missing status of the inner rule.
        let all = ConstrainedResource.constraints.violations(of: properties)
        #expect(all.map(\.propertyPath) == ["Name", "Lifecycle.Rules[0].Status", "Lifecycle.Rules[0].Rules[0].Status", "Lifecycle.Rules[0].Rules[0].ExpirationInDays"])
    }

    @Test func violationsInSeveralStacksAreReportedInTreeOrder() throws {
        let app = try makeApp()
        let first = try bareStack(app, "First")
        let second = try bareStack(app, "Second")
        _ = try ConstrainedResource(second, "B", ["Name": "good", "Timeout": -2])
        _ = try ConstrainedResource(first, "A", ["Name": "good", "Timeout": -1])
        first.node.addValidation { ["a problem of the stack"] }
        let errors = violations { _ = try app.synth() }
        #expect(errors.map(\.path) == ["First", "First/A", "Second/B"])
        #expect(errors.last?.message.hasPrefix("Timeout: -2 does not satisfy the schema constraint minimum 0 of Test::Service::Thing.") == true)
    }

    @Test func contextTurnsTheCheckOffAppWide() throws {
        let app = try makeApp(context: [ContextKeys.schemaValidation: false])
        let stack = try bareStack(app, "S")
        _ = try ConstrainedResource(stack, "Thing", ["Name": "X", "Timeout": 99_999])
        _ = try app.synth()
    }

    @Test func violationsOfSeveralResourcesAreReportedTogether() throws {
        let app = try makeApp(context: [ContextKeys.schemaValidation: true])
        let stack = try bareStack(app, "S")
        _ = try ConstrainedResource(stack, "A", ["Name": "good", "Timeout": -1])
        _ = try ConstrainedResource(stack, "B", ["Name": "good", "Mode": "NONE"])
        let errors = violations { _ = try app.synth() }
        #expect(errors.map(\.path) == ["S/A", "S/B"])
    }

    @Test func typesWithoutConstraintsAndTextThatDoesNotParse() throws {
        #expect(SchemaConstraints(typeName: "T", "not json").violations(of: ["A": 1]).isEmpty)
        let app = try makeApp(context: [ContextKeys.schemaValidation: true])
        let stack = try bareStack(app, "S")
        _ = try CfnResource(stack, "Raw", type: "AWS::SQS::Queue", properties: ["VisibilityTimeout": 99_999])
        _ = try app.synth()
    }

    @Test func valuesOfAnotherTypeAreNotChecked() throws {
        let constraints = SchemaConstraints(typeName: "T", #"{"properties":{"N":{"minimum":5},"S":{"maxLength":1,"pattern":"^a$"},"L":{"minItems":2}}}"#)
        #expect(constraints.violations(of: ["N": "1", "S": 12, "L": "x"]).isEmpty)
    }
}

@Suite struct SchemaPatternTests {
    private func matches(_ pattern: String, _ value: String) throws -> Bool {
        try #require(SchemaPattern(pattern)).matches(value)
    }

    @Test func searchesUnlessAnchored() throws {
        #expect(try matches("b", "abc"))
        #expect(try !matches("^b", "abc"))
        #expect(try !matches("a$", "ab"))
        #expect(try matches("^$", ""))
    }

    @Test func classesEscapesAndQuantifiers() throws {
        #expect(try matches(#"^[\w+=,.@-]+$"#, "my-role_name+1@x"))
        #expect(try !matches(#"^[\w+=,.@-]+$"#, "bad name"))
        #expect(try matches(#"^\d{12}$"#, "123456789012"))
        #expect(try !matches(#"^\d{12}$"#, "12345678901"))
        #expect(try matches(#"^[a-z]{2,4}$"#, "abcd"))
        #expect(try !matches(#"^[a-z]{2,4}$"#, "abcde"))
        #expect(try matches(#"^[^\s]+$"#, "no-space"))
        #expect(try !matches(#"^[^\s]+$"#, "a b"))
        #expect(try matches(#"^[\x20-\x7E]+$"#, "plain ASCII"))
        #expect(try !matches(#"^[\u0041-\u005A]+$"#, "abc"))
        #expect(try matches(#"^[\w\s:,-\.'\/{}\[\]:"]+$"#, "a [b]/c"))
        #expect(try matches("^(ab|cd)+?e$", "abcde"))
        #expect(try matches("a{,2}", "a{,2}"))
        #expect(try matches(".", "x"))
        #expect(try !matches("^.$", "\n"))
    }

    @Test func lookahead() throws {
        let bucket = #"^(?!(^((2(5[0-5]|[0-4][0-9])|[01]?[0-9]{1,2})\.){3}(2(5[0-5]|[0-4][0-9])|[01]?[0-9]{1,2})$|^xn--|.+-s3alias$))^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"#
        #expect(try matches(bucket, "my-bucket.data"))
        #expect(try !matches(bucket, "My_Bucket"))
        #expect(try !matches(bucket, "192.168.1.1"))
        #expect(try !matches(bucket, "xn--bucket"))
        #expect(try matches("^(?=a)[a-z]+", "abc"))
    }

    @Test func syntaxOutsideThePlainSubsetDoesNotCompile() {
        for pattern in [#"\p{L}+"#, "(?<=a)b", #"(a)\1"#, #"\bword\b"#, "(?i)aws", #"\Aabc\Z"#, "[[:alpha:]]", "(", "[a", "a**", "+a", "[z-a]"] {
            #expect(SchemaPattern(pattern) == nil, "\(pattern)")
        }
    }

    @Test func aPatternThatTakesTooLongCountsAsAMatch() throws {
        let value = String(repeating: "a", count: 40) + "!"
        #expect(try matches("^(a|aa)+$", value))
    }

    @Test func longValuesDoNotOverflowTheStack() throws {
        let value = String(repeating: "ab", count: 20_000)
        #expect(try matches("^(ab)*$", value))
        #expect(try matches(#"^[\s\S]*$"#, value))
    }
}
