#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The root of a construct tree: holds stacks and stages, and synthesizes them into a cloud
/// assembly that the AWS CDK CLI can deploy.
///
/// ```swift
/// let app = try App()
/// let stack = try Stack(app, "Storage")
/// ...
/// try app.synth()
/// ```
///
/// Context comes from `context` (defaults), then `CDK_CONTEXT_JSON` (set by the CLI), then
/// `postCliContext`. The output directory is `outdir`, else `CDK_OUTDIR`; without either the
/// assembly is only kept in memory.
public final class App: Stage {
    /// Where the assembly is written, if anywhere.
    public let outdir: String?

    /// A new app.
    ///
    /// - Parameters:
    ///   - outdir: The folder to write the cloud assembly to (default: `CDK_OUTDIR`).
    ///   - context: Context values; values from `CDK_CONTEXT_JSON` override them.
    ///   - postCliContext: Context values that override even the CLI's.
    ///   - environment: The process environment to read `CDK_*` variables from.
    public init(
        outdir: String? = nil,
        context: [String: JSONValue] = [:],
        postCliContext: [String: JSONValue] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.outdir = outdir ?? environment["CDK_OUTDIR"].flatMap { $0.isEmpty ? nil : $0 }
        super.init(rootWithEnvironment: Environment())
        var merged = context
        if let json = environment["CDK_CONTEXT_JSON"], !json.isEmpty {
            guard case .object(let fromCLI) = try Self.parseContext(json, source: "CDK_CONTEXT_JSON") else {
                throw CDKError(code: "InvalidContext", message: "The App cannot read its context: CDK_CONTEXT_JSON must hold a JSON object, got '\(json.prefix(100))'. Set it to an object such as {\"key\": \"value\"} (the CLI sets it from cdk.json and --context).", path: "")
            }
            for (key, value) in fromCLI { merged[key] = value }
        }
        if let overflow = environment["CONTEXT_OVERFLOW_LOCATION_ENV"], !overflow.isEmpty {
            let text = try String(contentsOfFile: overflow, encoding: .utf8)
            if case .object(let fromFile) = try Self.parseContext(text, source: overflow) {
                for (key, value) in fromFile { merged[key] = value }
            }
        }
        for (key, value) in postCliContext { merged[key] = value }
        for key in merged.keys.sorted() { self.context[key] = merged[key] }
    }

    private static func parseContext(_ text: String, source: String) throws -> JSONValue {
        do {
            return try JSONParser.parse(text)
        } catch let error as JSONParseError {
            throw CDKError(code: "InvalidContext", message: "The App cannot read its context from \(source): \(error.message) (in '\(text.prefix(100))'). Fix the JSON: context is a JSON object such as {\"key\": \"value\"}.", path: "")
        }
    }

    /// Whether `construct` is an app.
    public static func isApp(_ construct: Construct) -> Bool { construct is App }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.App") }
}
