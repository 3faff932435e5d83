import CDK
@testable import CDKDiff
import Foundation
import Testing

/// The built-in table, and reading `resource-types.json` at run time.
@Suite struct RegistryTests {
    @Test func builtInTableKnowsTheCommonTypes() throws {
        let registry = ResourceTypeRegistry.builtIn
        #expect(registry.info(for: "AWS::S3::Bucket")?.replacesOnChange(of: "BucketName") == true)
        #expect(registry.info(for: "AWS::SQS::Queue")?.createOnlyProperties.contains("/properties/FifoQueue") == true)
        #expect(registry.isStateful("AWS::DynamoDB::Table"))
        #expect(!registry.isStateful("AWS::SNS::Subscription"))
        #expect(registry.entries["AWS::DynamoDB::Table"]?.legacyReplacing.contains("KeySchema") == true)
        #expect(registry.entries.count > 1500)
    }

    /// The compiled-in table must match the generator's summary; regenerate it with
    /// `Scripts/update-diff-data` when this fails.
    @Test func builtInTableMatchesResourceTypesJSON() throws {
        let path = Paths.root + "/Sources/Services/ResourceTypes/resource-types.json"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let file = try ResourceTypesFile.load(contentsOf: path)
        var mismatches: [String] = []
        for (name, entry) in file.entries {
            let builtIn = ResourceTypeRegistry.builtIn.info(for: name)
            let expected = (entry.info.createOnlyProperties, entry.info.isStateful)
            if entry.info.createOnlyProperties.isEmpty && !entry.info.isStateful { continue }
            if builtIn?.createOnlyProperties != expected.0 || builtIn?.isStateful != expected.1 { mismatches.append(name) }
        }
        #expect(mismatches.isEmpty, "Run Scripts/update-diff-data: the built-in table differs for \(mismatches.prefix(5))")
    }

    @Test func readsTheGeneratorsShape() throws {
        let registry = try ResourceTypesFile.parse("""
            {"generatedBy": "cdk-gen", "resourceTypes": {
              "AWS::Test::Thing": {"createOnlyProperties": ["/properties/Name"], "isStateful": true,
                                   "primaryIdentifier": ["/properties/Name"], "readOnlyProperties": ["/properties/Arn"]}}}
            """)
        let info = try #require(registry.info(for: "AWS::Test::Thing"))
        #expect(info.createOnlyProperties == ["/properties/Name"])
        #expect(info.readOnlyProperties == ["/properties/Arn"])
        #expect(info.isStateful)
    }

    @Test func readsAPlainMapAndAList() throws {
        let map = try ResourceTypesFile.parse(#"{"AWS::Test::A": {"createOnlyProperties": ["/properties/X"], "stateful": true}}"#)
        #expect(map.info(for: "AWS::Test::A")?.isStateful == true)
        let list = try ResourceTypesFile.parse(#"[{"typeName": "AWS::Test::B", "createOnlyProperties": ["/properties/Y"]}]"#)
        #expect(list.info(for: "AWS::Test::B")?.createOnlyProperties == ["/properties/Y"])
        #expect(list.info(for: "AWS::Test::B")?.isStateful == false)
    }

    @Test func rejectsFilesWithoutTypes() {
        #expect(throws: AssemblyError.self) { try ResourceTypesFile.parse(#"{"something": 1}"#) }
        #expect(throws: AssemblyError.self) { try ResourceTypesFile.parse("not json") }
    }

    @Test func aLoadedFileReplacesRegistryFactsAndKeepsLegacyOnes() throws {
        let file = try ResourceTypesFile.parse(#"{"AWS::DynamoDB::Table": {"createOnlyProperties": ["/properties/TableName"]}}"#)
        let merged = ResourceTypeRegistry.builtIn.merging(file)
        #expect(merged.info(for: "AWS::DynamoDB::Table")?.createOnlyProperties == ["/properties/TableName"])
        #expect(merged.entries["AWS::DynamoDB::Table"]?.legacyReplacing.contains("KeySchema") == true)
        #expect(merged.info(for: "AWS::S3::Bucket") != nil)
    }
}
