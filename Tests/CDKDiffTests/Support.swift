import CDK
@testable import CDKDiff
import Foundation

/// The repository root and `../shared`, found from this file.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let shared = ProcessInfo.processInfo.environment["CDK_SHARED_DIR"] ?? root + "/../shared"
    static func conformance(_ name: String) -> String { shared + "/conformance/\(name)/expected" }
}

/// A template with these resources.
func template(_ resources: JSONObject, outputs: JSONObject? = nil) -> JSONValue {
    var object: JSONObject = ["Resources": .object(resources)]
    if let outputs { object["Outputs"] = .object(outputs) }
    return .object(object)
}

/// A resource of `type` with `properties`.
func resource(_ type: String, _ properties: JSONObject? = nil, extra: JSONObject = [:]) -> JSONValue {
    var object: JSONObject = ["Type": .string(type)]
    if let properties { object["Properties"] = .object(properties) }
    for (key, value) in extra { object[key] = value }
    return .object(object)
}

/// The diff of one resource `Id` of `type` from `old` to `new` properties.
func change(_ type: String, _ old: JSONObject, _ new: JSONObject) -> ResourceChange? {
    TemplateDiffer().diff(old: template(["Id": resource(type, old)]), new: template(["Id": resource(type, new)])).resource("Id")
}

/// An app synthesized in memory, turned into a diffable assembly.
func synthesize(_ build: (App) throws -> Void) throws -> Assembly {
    let app = try App(environment: [:])
    try build(app)
    return Assembly(try app.synth())
}

/// Copies a folder to a new temporary folder.
func temporaryCopy(of directory: String) throws -> String {
    let target = NSTemporaryDirectory() + "cdkdiff-" + UUID().uuidString
    try FileManager.default.copyItem(atPath: directory, toPath: target)
    return target
}
