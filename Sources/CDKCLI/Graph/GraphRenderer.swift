import Foundation

/// Renders DOT into SVG or PNG with Graphviz's `dot`.
enum GraphRenderer {
    /// `dot` on `PATH` (or `SWIFT_CDK_DOT`), if installed.
    static func dotExecutable(_ context: CLIContext) -> String? {
        if let explicit = context.environment["SWIFT_CDK_DOT"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        for folder in (context.environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Renders `dot` (DOT text) as `format` (`svg` or `png`) into the file `output`.
    static func render(_ dot: String, format: String, to output: String, context: CLIContext) throws {
        guard let executable = dotExecutable(context) else {
            throw CLIError("""
                --format \(format) needs Graphviz's dot, which is not installed (apt-get install graphviz, brew install graphviz). \
                Without it, swift-cdk graph writes DOT (--format dot) or Mermaid (--format mermaid).
                """)
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("swift-cdk-graph-\(UUID().uuidString).dot")
        try dot.write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let result = try ProcessRunner(context: context).run(
            executable, ["-T\(format)", "-o", output, input.path], in: context.workingDirectory,
            environment: context.environment, passThrough: false)
        guard result.status == 0 else {
            throw CLIError("dot could not render the graph (exit status \(result.status)):\n\(AppRunner.tail(result.output, lines: 10))")
        }
    }
}
