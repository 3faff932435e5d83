import Foundation
import Testing
import CDK

/// `Names.uniqueResourceName` must give the names of the AWS CDK's
/// (Tests/Fixtures/unique-resource-name-reference/app.py, the same constructs and options).
@Suite struct UniqueResourceNameTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/unique-resource-name-reference/expected/NamesStack.template.json")

    @Test func namesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "NamesStack")
        let shallow = try Construct(stack, "Shallow")
        let deep = try Construct(try Construct(try Construct(stack, "Outer-Part"), "Default"), "Inner_Part")
        let resource = try Construct(deep, "Resource")
        let repeated = try Construct(try Construct(stack, "BucketPolicy"), "Policy")
        let longId = try Construct(stack, String(repeating: "A", count: 80) + String(repeating: "Z", count: 80))
        let names: JSONObject = [
            "Stack": .string(Names.uniqueResourceName(stack)),
            "Shallow": .string(Names.uniqueResourceName(shallow)),
            "ShallowDash": .string(Names.uniqueResourceName(shallow, separator: "-")),
            "Deep": .string(Names.uniqueResourceName(deep)),
            "DeepDash": .string(Names.uniqueResourceName(deep, separator: "-")),
            "Resource": .string(Names.uniqueResourceName(resource)),
            "Repeated": .string(Names.uniqueResourceName(repeated)),
            "Long": .string(Names.uniqueResourceName(longId)),
            "LongMax40": .string(Names.uniqueResourceName(longId, maxLength: 40)),
            "DeepMax12Dash": .string(Names.uniqueResourceName(deep, maxLength: 12, separator: "-")),
        ]
        let expected = try JSONParser.parse(String(contentsOf: Self.fixture, encoding: .utf8))
        #expect(JSONValue.object(names) == expected["Resources"]?["Names"]?["Properties"])
    }
}
