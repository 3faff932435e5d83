import ArgumentParser
import CDKJSON
import CDKDiff
import Foundation

/// `swift-cdk doctor`: what this tool works with, and what is missing.
public struct Doctor: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Show the toolchain, library and assembly versions, and whether the official AWS CDK CLI is found.")

    @OptionGroup var app: AppOptions

    public init() {}

    public func run(in context: CLIContext) throws {
        var lines = ["ℹ️ \(ToolVersion.description)"]
        lines.append("ℹ️ Swift toolchain: " + (swiftVersion(context) ?? "not found on PATH (install Swift 6.0 or later from swift.org)"))
        lines.append("ℹ️ Library: " + (NewProject.builtFromCheckout.map { "built from the checkout at \($0)" } ?? "\(ToolVersion.library) (its checkout is gone)"))
        let config = try? ProjectConfig.load(in: context.workingDirectory)
        if let command = app.app ?? config?.app {
            let fast = SwiftRunCommand.parse(command) != nil ? " (built only when its sources change, then run directly)" : ""
            lines.append("ℹ️ App: \(command)\(fast)")
        } else {
            lines.append("ℹ️ App: no cdk.json here (swift-cdk init creates an app with one)")
        }
        let outdir = context.absolute(app.output ?? config?.output ?? "cdk.out")
        if AssemblyReader.isAssembly(outdir) {
            let version = (try? AssemblyReader.readJSON(outdir + "/manifest.json"))?["version"]?.stringValue ?? "no version"
            let readable = (try? AssemblyLoader.checkVersion(outdir)) != nil
            lines.append("ℹ️ Assembly: \(outdir), schema \(version) (\(readable ? "this tool reads it" : "newer than this tool knows: update swift-cdk"); this tool writes \(CloudAssemblySchema.version))")
        } else {
            lines.append("ℹ️ Assembly: none at \(outdir) yet (swift-cdk synth writes it)")
        }
        if let cli = OfficialCLI.find(context) {
            lines.append("✅ AWS CDK CLI: \(cli.path)" + (cli.version(context).map { ", version \($0)" } ?? " (it did not answer --version)"))
        } else {
            lines.append("❌ AWS CDK CLI: not found; swift-cdk deploy and destroy need it. " + OfficialCLI.installHint)
        }
        lines.append(GraphRenderer.dotExecutable(context).map { "✅ Graphviz: \($0) (swift-cdk graph --format svg/png)" }
            ?? "ℹ️ Graphviz: dot not found (swift-cdk graph writes DOT and Mermaid without it; apt-get install graphviz for SVG/PNG)")
        let variables = context.environment.keys.filter { $0.hasPrefix("AWS_") || $0.hasPrefix("CDK_") }.sorted()
        lines.append("ℹ️ AWS and CDK environment variables: " + (variables.isEmpty ? "none" : ""))
        for key in variables {
            let secret = key.contains("SECRET") || key.contains("TOKEN") || key.contains("PASSWORD")
            lines.append("  - \(key) = \(secret ? "<redacted>" : context.environment[key] ?? "")")
        }
        context.print(lines.joined(separator: "\n"))
    }

    private func swiftVersion(_ context: CLIContext) -> String? {
        guard let result = try? ProcessRunner(context: context).run(
            "/usr/bin/env", ["swift", "--version"], in: context.workingDirectory, environment: context.environment, passThrough: false),
            result.status == 0 else { return nil }
        return result.output.split(separator: "\n").first { $0.contains("Swift version") }.map(String.init)
    }
}
