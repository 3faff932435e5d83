import Foundation

/// Builds the product of a `swift run PRODUCT` app command only when its sources changed since
/// the last build, and returns the executable to run.
struct AppBuilder {
    let context: CLIContext
    let verbose: Bool
    let progress: ProgressReporter

    /// The built executable of `command`'s product (building it first when needed), or nil when
    /// the project folder holds no Swift package (the command then runs as it is).
    func executable(for command: SwiftRunCommand, excluding outputFolder: String) throws -> String? {
        let root = context.absolute(command.packagePath ?? ".")
        guard FileManager.default.fileExists(atPath: root + "/Package.swift") else { return nil }
        let recordPath = BuildRecord.path(root: root, product: command.product, configuration: command.configuration)
        let previous = BuildRecord.load(recordPath)
        let dependencies = Array(Set((previous?.dependencies ?? []) + BuildRecord.localDependencies(of: root))).sorted()
        let excluded: Set<String> = [outputFolder]
        let before = SourceFingerprint.compute(roots: [root] + dependencies, excluded: excluded, environment: context.environment)
        if let previous, previous.fingerprint == before, BuildRecord.stamp(of: previous.executable) == previous.executableStamp {
            progress.note("\(command.product) is unchanged since its last build: running it (no build)")
            return previous.executable
        }
        let reason = previous.map { before.firstChange(since: $0.fingerprint).map { "\($0) changed" } ?? "its executable changed" } ?? "first build"
        try progress.step("Building \(command.product) (\(reason))", done: "Built \(command.product)") {
            try build(command, root: root)
        }
        let executable = try executablePath(command, root: root)
        // New local dependencies (a changed Package.swift) are fingerprinted now.
        let resolved = BuildRecord.localDependencies(of: root)
        var fingerprint = before
        fingerprint.resolved = SourceFingerprint.resolvedDigest(root) // the build resolves and writes it
        for folder in resolved where fingerprint.packages[folder] == nil {
            fingerprint.packages[folder] = SourceFingerprint.digest(of: folder, excluded: excluded)
        }
        fingerprint.packages = fingerprint.packages.filter { $0.key == root || resolved.contains($0.key) }
        if let stamp = BuildRecord.stamp(of: executable) {
            try? BuildRecord(fingerprint: fingerprint, dependencies: resolved, executable: executable, executableStamp: stamp).save(recordPath)
        }
        return executable
    }

    private func build(_ command: SwiftRunCommand, root: String) throws {
        let arguments = ["build", "--product", command.product, "-c", command.configuration, "--package-path", root]
        let result = try ProcessRunner(context: context).run(
            "/usr/bin/env", ["swift"] + arguments, in: root, environment: context.environment,
            passThrough: context.errorIsTerminal || verbose)
        guard result.status == 0 else {
            throw CLIError("""
                The app did not build (swift \(arguments.joined(separator: " ")) exited with status \(result.status)):
                \(AppRunner.tail(result.output, lines: 25))
                Fix the error above, then run the command again.
                """)
        }
    }

    private func executablePath(_ command: SwiftRunCommand, root: String) throws -> String {
        let usual = root + "/.build/\(command.configuration)/\(command.product)"
        if FileManager.default.isExecutableFile(atPath: usual) { return usual }
        let result = try ProcessRunner(context: context).run(
            "/usr/bin/env", ["swift", "build", "--show-bin-path", "-c", command.configuration, "--package-path", root],
            in: root, environment: context.environment, passThrough: false)
        let folder = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let path = folder + "/" + command.product
        guard result.status == 0, FileManager.default.isExecutableFile(atPath: path) else {
            throw CLIError("Built \(command.product), but found no executable at \(usual) or \(path). Is \(command.product) an executable product of \(root)/Package.swift?")
        }
        return path
    }
}
