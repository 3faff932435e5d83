import CDK
import CDKAssertions
import Foundation
import Testing

@Suite struct SnapshotTests {
    /// A test file path inside a fresh folder, so that snapshots land there.
    private func fakeTestFile() throws -> String {
        try temporaryFolder().appendingPathComponent("BucketTests.swift").path
    }

    private func stack(versioning: String = "Enabled", queue: Bool = false, hash: String = String(repeating: "a", count: 64)) throws -> Stack {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        _ = try CfnResource(stack, "Bucket", type: "AWS::S3::Bucket", properties: [
            "VersioningConfiguration": ["Status": .string(versioning)],
            "Tags": [["Key": "team", "Value": "data"]],
        ])
        _ = try CfnResource(stack, "Function", type: "AWS::Lambda::Function", properties: [
            "Code": ["S3Bucket": "cdk-hnb659fds-assets", "S3Key": .string(hash + ".zip")],
        ])
        if queue { _ = try CfnResource(stack, "Queue", type: "AWS::SQS::Queue") }
        return stack
    }

    @Test func recordsThenMatches() throws {
        let file = try fakeTestFile()
        let first = try assertSnapshot(of: try stack(), environment: [:], filePath: file)
        let path = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("__Snapshots__/BucketTests/recordsThenMatches.json").path
        #expect(first == .recorded(path: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"S3Key\": \"<asset-hash>.zip\""))
        #expect(!text.contains("BootstrapVersion"))
        #expect(try assertSnapshot(of: try stack(hash: String(repeating: "b", count: 64)), environment: [:], filePath: file) == .matched)
    }

    @Test func aMismatchIsAStructuralDiff() throws {
        let file = try fakeTestFile()
        try assertSnapshot(of: try stack(), named: "bucket", environment: [:], filePath: file)
        let error = failure { try assertSnapshot(of: try stack(versioning: "Suspended", queue: true), named: "bucket", environment: [:], filePath: file) }
        let snapshotPath = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("__Snapshots__/BucketTests/bucket.json").path
        #expect(error?.description == """
            Snapshot \(snapshotPath) does not match (2 changes; [+] added, [-] removed, [~] changed):
            Resources
            [~] AWS::S3::Bucket Bucket (/S/Bucket)
                [~] Properties.VersioningConfiguration.Status: "Enabled" → "Suspended"
            [+] AWS::SQS::Queue Queue (/S/Queue)
            If the change is intended, re-record with CDK_UPDATE_SNAPSHOTS=1 and commit the snapshot.
            """)
    }

    @Test func updateReRecords() throws {
        let file = try fakeTestFile()
        try assertSnapshot(of: try stack(), named: "s", environment: [:], filePath: file)
        let outcome = try assertSnapshot(of: try stack(versioning: "Suspended"), named: "s", environment: ["CDK_UPDATE_SNAPSHOTS": "1"], filePath: file)
        guard case .updated = outcome else { Issue.record("expected .updated, got \(outcome)"); return }
        #expect(try assertSnapshot(of: try stack(versioning: "Suspended"), named: "s", environment: [:], filePath: file) == .matched)
        #expect(try assertSnapshot(of: try stack(), named: "new", environment: ["CDK_UPDATE_SNAPSHOTS": "true", "CI": "true"], filePath: file) != .matched)
    }

    @Test func aMissingSnapshotFailsOnCI() throws {
        let file = try fakeTestFile()
        let error = failure { try assertSnapshot(of: try stack(), named: "missing", environment: ["CI": "true"], filePath: file) }
        #expect(error?.description.contains("does not exist. Snapshots are not recorded when CI is set") == true)
        #expect(!FileManager.default.fileExists(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("__Snapshots__").path))
        #expect(try assertSnapshot(of: try stack(), named: "missing", environment: ["CI": "false"], filePath: file) != .matched)
    }

    @Test func optionsKeepWhatIsNormalizedByDefault() throws {
        let file = try fakeTestFile()
        try assertSnapshot(of: try stack(), named: "raw", options: .raw, environment: [:], filePath: file)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("__Snapshots__/BucketTests")
        let text = try String(contentsOf: folder.appendingPathComponent("raw.json"), encoding: .utf8)
        #expect(text.contains(String(repeating: "a", count: 64) + ".zip"))
        #expect(text.contains("\"BootstrapVersion\""))
        #expect(text.contains("\"CheckBootstrapVersion\""))
        let error = failure { try assertSnapshot(of: try stack(hash: String(repeating: "c", count: 64)), named: "raw", options: .raw, environment: [:], filePath: file) }
        #expect(error?.description.contains("[~] Properties.Code.S3Key: \"\(String(repeating: "a", count: 64)).zip\" → \"\(String(repeating: "c", count: 64)).zip\"") == true)
    }

    @Test func snapshotsOfAnAppAreKeyedByStack() throws {
        let file = try fakeTestFile()
        func app(extraStack: Bool, topicName: String) throws -> App {
            let app = try makeApp()
            let first = try Stack(app, "First")
            _ = try CfnResource(first, "Topic", type: "AWS::SNS::Topic", properties: ["TopicName": .string(topicName)])
            let stage = try Stage(app, "Prod")
            _ = try CfnResource(try Stack(stage, "Api"), "Queue", type: "AWS::SQS::Queue")
            if extraStack { _ = try Stack(app, "Extra") }
            return app
        }
        try assertSnapshot(of: try app(extraStack: false, topicName: "a"), named: "app", environment: [:], filePath: file)
        let stored = try JSONParser.parse(String(contentsOf: URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__/BucketTests/app.json"), encoding: .utf8))
        #expect(stored.objectValue?.keys == ["First", "Prod/Api"])
        let error = failure { try assertSnapshot(of: try app(extraStack: true, topicName: "b"), named: "app", environment: [:], filePath: file) }
        #expect(error?.description.components(separatedBy: "\n").dropFirst().dropLast() == [
            "[~] Stack First",
            "    Resources",
            "    [~] AWS::SNS::Topic Topic (/First/Topic)",
            "        [~] Properties.TopicName: \"a\" → \"b\"",
            "[+] Stack Extra",
        ])
    }

    @Test func snapshotsOfATemplate() throws {
        let file = try fakeTestFile()
        let template = try Template(json: ["Description": "one", "Resources": ["A": ["Type": "T", "Properties": ["L": [1, 2]]]],
                                           "Outputs": ["O": ["Value": "x"]]])
        try assertSnapshot(of: template, named: "t", environment: [:], filePath: file)
        let changed = try Template(json: ["Description": "two", "Resources": ["A": ["Type": "T", "Properties": ["L": [1, 3, 4], "my.key": true]]]])
        let error = failure { try assertSnapshot(of: changed, named: "t", environment: [:], filePath: file) }
        #expect(error?.description.components(separatedBy: "\n").dropFirst().dropLast() == [
            "Resources",
            "[~] T A",
            "    [~] Properties.L[1]: 2 → 3",
            "    [+] Properties.L[2]: 4",
            "    [+] Properties[\"my.key\"]: true",
            "Outputs",
            "[-] O: {\"Value\":\"x\"}",
            "Other Changes",
            "[~] Description: \"one\" → \"two\"",
        ])
    }

    @Test func fileNamesComeFromTheTestFunction() throws {
        let file = try fakeTestFile()
        _ = try assertSnapshot(of: try stack(), environment: [:], filePath: file, function: "bucket is versioned(_:)")
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("__Snapshots__/BucketTests")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bucket_is_versioned.json"])
    }

    /// A snapshot committed next to this file: it must exist on CI.
    @Test func committedSnapshotOfTheSampleBucket() throws {
        let (app, _, _) = try sampleBucketStack()
        try assertSnapshot(of: app)
    }
}
