import CDK
import Foundation

/// One snapshot file, `__Snapshots__/<TestFile>/<name>.json` beside the test file, and the
/// record-or-compare rules.
struct SnapshotFile {
    /// The snapshot's path.
    let path: String
    let environment: [String: String]

    /// The variable that makes every snapshot be re-recorded.
    static let updateVariable = "CDK_UPDATE_SNAPSHOTS"

    init(filePath: String, name: String, environment: [String: String]) {
        let testFile = URL(fileURLWithPath: filePath)
        let folder = testFile.deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__")
            .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
        path = folder.appendingPathComponent(Self.fileName(name) + ".json").path
        self.environment = environment
    }

    /// `bucketIsVersioned()` → `bucketIsVersioned`; other characters that are awkward in file
    /// names become `_`.
    static func fileName(_ name: String) -> String {
        let base = name.hasSuffix(")") && name.contains("(") ? String(name[..<name.firstIndex(of: "(")!]) : name
        let cleaned = String(base.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        })
        return cleaned.isEmpty ? "snapshot" : cleaned
    }

    /// Records `value` or compares it with the stored snapshot; `diff` explains a mismatch.
    func check(_ value: JSONValue, diff: (JSONObject, JSONObject) -> SnapshotDiff) throws -> SnapshotOutcome {
        let relative = PackageRoot.relative(path)
        let exists = FileManager.default.fileExists(atPath: path)
        if EnvironmentFlag.isSet(Self.updateVariable, in: environment) {
            try write(value)
            return exists ? .updated(path: path) : .recorded(path: path)
        }
        guard exists else {
            if EnvironmentFlag.isSet("CI", in: environment) {
                throw AssertionFailure("""
                    Snapshot \(relative) does not exist. Snapshots are not recorded when CI is set, so that a \
                    missing snapshot cannot pass unnoticed: run the tests locally (or with \(Self.updateVariable)=1) \
                    and commit the file.
                    """)
            }
            try write(value)
            FileHandle.standardError.write(Data("Recorded snapshot \(relative); commit it.\n".utf8))
            return .recorded(path: path)
        }
        let stored: JSONValue
        do {
            stored = try JSONParser.parse(try String(contentsOfFile: path, encoding: .utf8))
        } catch {
            throw AssertionFailure("Snapshot \(relative) cannot be read: \(error). Re-record it with \(Self.updateVariable)=1.")
        }
        if stored == value { return .matched }
        let changes = diff(stored.objectValue ?? [:], value.objectValue ?? [:])
        throw AssertionFailure(report(relative, changes))
    }

    private func report(_ relative: String, _ diff: SnapshotDiff) -> String {
        let count = diff.changeCount == 1 ? "1 change" : "\(diff.changeCount) changes"
        return (["Snapshot \(relative) does not match (\(count); [+] added, [-] removed, [~] changed):"]
            + diff.lines
            + ["If the change is intended, re-record with \(Self.updateVariable)=1 and commit the snapshot."])
            .joined(separator: "\n")
    }

    private func write(_ value: JSONValue) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((JSONWriter.string(value, indent: 2) + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }
}
