import Testing
@testable import CDK

@Suite struct StackMetadataTests {
    @Test(arguments: [0, 1, 3])
    func textIsWhatTheJSONWriterWritesForTheSameEntries(pathCount: Int) {
        let entries: StackMetadata.Entries = (0..<pathCount).map { i in
            ("/Stack/Construct\(i)/Resource", (0...i).map { j in
                MetadataEntry(type: j == 0 ? "aws:cdk:logicalId" : "aws:cdk:warning",
                              data: j == 0 ? .string("Construct\(i)") : ["message": "say \"\(j)\"\n", "count": .number(Double(j)), "list": [true, .null]])
            })
        }
        let value = JSONValue.object(JSONObject(entries.map { path, list in
            (path, .array(list.map { ["type": .string($0.type), "data": $0.data] }))
        }))
        #expect(StackMetadata.text(entries) == JSONWriter.string(value, indent: 2))
    }
}
