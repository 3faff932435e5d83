import CDK
import Foundation

/// What ``assertSnapshot(of:named:options:environment:filePath:function:)-(Stack,_,_,_,_,_)`` did.
public enum SnapshotOutcome: Sendable, Equatable {
    /// The snapshot existed and matched.
    case matched
    /// There was no snapshot: it was written to this path.
    case recorded(path: String)
    /// `CDK_UPDATE_SNAPSHOTS` was set: the snapshot at this path was rewritten.
    case updated(path: String)
}

/// Compares `stack`'s template with the snapshot `__Snapshots__/<TestFile>/<name>.json` next
/// to the test file, or records it there when it does not exist yet.
///
/// - A mismatch throws an ``AssertionFailure`` with a structural diff by resource.
/// - A missing snapshot is recorded and the test passes, except when `CI` is set: then it
///   throws, so that a snapshot never gets silently recorded (and lost) on CI.
/// - `CDK_UPDATE_SNAPSHOTS=1` re-records every snapshot.
/// - `name` defaults to the test function's name; give one when a test takes several snapshots.
/// - ``SnapshotOptions`` masks asset hashes and drops bootstrap and version metadata by default.
@discardableResult
public func assertSnapshot(
    of stack: Stack, named name: String? = nil, options: SnapshotOptions = .default,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    filePath: String = #filePath, function: String = #function
) throws -> SnapshotOutcome {
    let artifact = try Template.synthesizedArtifact(of: stack)
    guard case .object(let template) = artifact.template else {
        throw AssertionFailure("The template of stack '\(stack.node.path)' is not a JSON object.")
    }
    let snapshot = SnapshotFile(filePath: filePath, name: name ?? function, environment: environment)
    return try snapshot.check(.object(SnapshotNormalizer.normalize(template, options))) { old, new in
        var diff = SnapshotDiff()
        diff.diffTemplates(old, new, path: artifact.path(ofLogicalId:))
        return diff
    }
}

/// Compares the templates of every stack of `stage` (an app, say, nested stages included),
/// keyed by stack path, with the snapshot `__Snapshots__/<TestFile>/<name>.json`, or records
/// it. Behaves like the stack version.
@discardableResult
public func assertSnapshot(
    of stage: Stage, named name: String? = nil, options: SnapshotOptions = .default,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    filePath: String = #filePath, function: String = #function
) throws -> SnapshotOutcome {
    let stacks = try stage.synth().stacksRecursively
    var templates = JSONObject()
    for stack in stacks {
        guard case .object(let template) = stack.template else { continue }
        templates[stack.displayName] = .object(SnapshotNormalizer.normalize(template, options))
    }
    let snapshot = SnapshotFile(filePath: filePath, name: name ?? function, environment: environment)
    return try snapshot.check(.object(templates)) { old, new in
        var diff = SnapshotDiff()
        for key in SnapshotDiff.union(old.keys, new.keys) where old[key] != new[key] {
            let artifact = stacks.first { $0.displayName == key }
            switch (old[key]?.objectValue, new[key]?.objectValue) {
            case (nil, _?): diff.note("[+] Stack \(key)")
            case (_?, nil): diff.note("[-] Stack \(key)")
            case (let a?, let b?):
                diff.note("[~] Stack \(key)", counts: false)
                diff.diffTemplates(a, b, indent: "    ", path: { artifact?.path(ofLogicalId: $0) })
            default: break
            }
        }
        return diff
    }
}

/// Compares a template given as a ``Template`` with a snapshot, or records it.
@discardableResult
public func assertSnapshot(
    of template: Template, named name: String? = nil, options: SnapshotOptions = .default,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    filePath: String = #filePath, function: String = #function
) throws -> SnapshotOutcome {
    let snapshot = SnapshotFile(filePath: filePath, name: name ?? function, environment: environment)
    return try snapshot.check(.object(SnapshotNormalizer.normalize(template.json, options))) { old, new in
        var diff = SnapshotDiff()
        diff.diffTemplates(old, new, path: template.path(ofLogicalId:))
        return diff
    }
}
