import ArgumentParser
import CDKJSON
import Foundation

/// `swift-cdk context`: lists, resets or clears the context cached in `cdk.context.json`.
public struct Context: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "List the app's context, or reset one value of cdk.context.json, or clear it.",
        discussion: """
            Lists the context values of cdk.json ("context") and of cdk.context.json (values the CLI keeps for \
            the app), numbered. --reset KEY (or its number) removes a value from cdk.context.json, so that it is \
            looked up again; values of cdk.json are edited in cdk.json. --clear empties cdk.context.json.
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("Remove this key (or the key with this number) from cdk.context.json.", valueName: "key"))
    var reset: String?

    @Flag(help: "Remove every value from cdk.context.json.")
    var clear = false

    @Flag(help: "Print the context as JSON.")
    var json = false

    public init() {}

    public func run(in context: CLIContext) throws {
        let config = try ProjectConfig.load(in: context.workingDirectory)
        var file = try ContextFile.load(in: context.workingDirectory)
        if clear {
            file.values = [:]
            try file.save()
            context.print("All context values cleared from \(file.path).")
            return
        }
        let entries = Self.entries(config)
        if let reset {
            let key = Int(reset).flatMap { $0 >= 1 && $0 <= entries.count ? entries[$0 - 1].key : nil } ?? reset
            guard file.values[key] != nil else {
                if config.context[key] != nil {
                    throw CLIError("'\(key)' is set in cdk.json's \"context\", not cached in cdk.context.json: remove it from cdk.json instead.")
                }
                let known = entries.isEmpty ? "there is no context" : "the keys are " + entries.map(\.key).joined(separator: ", ")
                throw CLIError("No context value with key or number '\(reset)' (\(known)). Run swift-cdk context to list them.")
            }
            file.values[key] = nil
            try file.save()
            context.print("Reset '\(key)': it is no longer in \(file.path), so it is looked up again on the next synth.")
            return
        }
        if json {
            var merged = config.cachedContext
            for (key, value) in config.context { merged[key] = value }
            context.print(JSONWriter.string(.object(merged), indent: 2))
            return
        }
        guard !entries.isEmpty else {
            context.print("This app has no context: neither cdk.json's \"context\" nor cdk.context.json has values.")
            return
        }
        let rows = entries.enumerated().map { index, entry in
            ["\(index + 1)", entry.key, JSONWriter.compact(entry.value), entry.source]
        }
        context.print("Context of this app:\n" + Self.table(header: ["#", "Key", "Value", "From"], rows: rows))
        context.print("Run swift-cdk context --reset KEY_OR_NUMBER to remove a value from cdk.context.json, or --clear to remove them all.")
    }

    /// The context values, sorted by key; cdk.json wins over cdk.context.json.
    static func entries(_ config: ProjectConfig) -> [(key: String, value: JSONValue, source: String)] {
        var result: [String: (value: JSONValue, source: String)] = [:]
        for (key, value) in config.cachedContext { result[key] = (value, "cdk.context.json") }
        for (key, value) in config.context { result[key] = (value, "cdk.json") }
        return result.keys.sorted().map { ($0, result[$0]!.value, result[$0]!.source) }
    }

    /// A plain text table.
    static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
