import ArgumentParser
import CDKJSON

/// The options that say which app to synthesize and how: shared by synth, ls and diff.
struct AppOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp(
        "The app: a command that synthesizes it (default: cdk.json's \"app\"), or a cloud assembly folder.",
        valueName: "command|folder"))
    var app: String?

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Where the app writes its cloud assembly (default: cdk.json's \"output\", else cdk.out).", valueName: "folder"))
    var output: String?

    @Option(name: [.short, .long], help: ArgumentHelp(
        "A context value for the app, KEY=VALUE (repeatable; overrides cdk.json and cdk.context.json).", valueName: "key=value"))
    var context: [String] = []

    @Flag(name: [.short, .long], help: "Show the app's own output.")
    var verbose = false

    /// The context passed to the app in `CDK_CONTEXT_JSON`, lowest precedence first:
    /// `cdk.context.json`, then `cdk.json`'s `"context"`, then `--context`; plus the keys the AWS
    /// CDK CLI injects (path and asset metadata, version reporting, bundling), unless set.
    func mergedContext(_ config: ProjectConfig) throws -> JSONObject {
        var merged: JSONObject = [
            "aws:cdk:enable-path-metadata": true,
            "aws:cdk:enable-asset-metadata": true,
            "aws:cdk:version-reporting": true,
            "aws:cdk:bundling-stacks": ["**"],
        ]
        for (key, value) in config.cachedContext { merged[key] = value }
        for (key, value) in config.context { merged[key] = value }
        for option in context {
            guard let equals = option.firstIndex(of: "="), equals != option.startIndex else {
                throw CLIError("--context needs KEY=VALUE, not '\(option)'.")
            }
            merged[String(option[..<equals])] = .string(String(option[option.index(after: equals)...]))
        }
        return merged
    }
}
