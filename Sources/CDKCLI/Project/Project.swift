import CDKJSON
import CDKDiff
import Foundation

/// The app of the working directory: where it comes from (`--app`, `cdk.json`), where its
/// assembly goes, and how to synthesize it.
struct Project {
    let context: CLIContext
    let options: AppOptions
    let config: ProjectConfig

    /// Where the app comes from.
    enum Source {
        /// A command that synthesizes the app.
        case command(String)
        /// An existing cloud assembly folder.
        case assembly(String)
    }

    init(context: CLIContext, options: AppOptions) throws {
        self.context = context
        self.options = options
        self.config = try ProjectConfig.load(in: context.workingDirectory)
    }

    /// The assembly folder: `--output`, cdk.json's `"output"`, or `cdk.out`.
    var outdir: String { context.absolute(options.output ?? config.output ?? "cdk.out") }

    /// The app: `--app`, else cdk.json's `"app"`; a folder with a `manifest.json` is an assembly.
    func source() throws -> Source {
        let directory = context.workingDirectory
        guard let app = options.app ?? config.app, !app.trimmingCharacters(in: .whitespaces).isEmpty else {
            if config.exists {
                throw CLIError("cdk.json in \(directory) has no \"app\". Add the command that synthesizes the app, such as {\"app\": \"swift run MyInfra\"}, or pass --app.")
            }
            throw CLIError("""
                There is no cdk.json in \(directory), so swift-cdk does not know which app to run.
                Run it in the app's folder, create a cdk.json such as {"app": "swift run MyInfra"} (swift-cdk init creates a new app with one), \
                or pass --app "swift run MyInfra" (a command) or --app cdk.out (a cloud assembly folder).
                """)
        }
        let path = context.absolute(app)
        return AssemblyReader.isAssembly(path) ? .assembly(path) : .command(app)
    }

    /// The app's assembly: read from the `--app` folder, or synthesized by running the app into a
    /// staging folder that then replaces the output folder. A `swift run PRODUCT` app is built
    /// only when its sources changed, then its executable runs directly.
    func synthesize() throws -> Assembly {
        switch try source() {
        case .assembly(let path):
            return try AssemblyLoader.read(path)
        case .command(let command):
            let target = outdir
            let parent = (target as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            let progress = ProgressReporter(context: context)
            var invocation = AppRunner.Invocation.shell(command)
            if let swiftRun = SwiftRunCommand.parse(command),
               let executable = try AppBuilder(context: context, verbose: options.verbose, progress: progress)
                .executable(for: swiftRun, excluding: target) {
                invocation = .executable(executable, arguments: swiftRun.arguments)
            }
            let staging = parent + "/.\((target as NSString).lastPathComponent).synth-\(UUID().uuidString.prefix(8))"
            defer { try? FileManager.default.removeItem(atPath: staging) }
            let appContext = try options.mergedContext(config)
            try progress.step(done: "Synthesized") {
                try AppRunner(context: context, verbose: options.verbose).run(invocation, command: command, outdir: staging, appContext: appContext)
            }
            guard AssemblyReader.isAssembly(staging) else {
                throw CLIError("""
                    The app ran but wrote no cloud assembly: \(command)
                    It must create its App with App() or App.main { app in ... } (which write to the folder in CDK_OUTDIR) \
                    and synthesize it (App.main does; otherwise call app.synth()).
                    """)
            }
            return try progress.step(done: "Wrote \(relative(target))") {
                try replace(target, with: staging)
                return try AssemblyLoader.read(target)
            }
        }
    }

    /// `path` relative to the working directory when it is inside it.
    func relative(_ path: String) -> String {
        let prefix = context.workingDirectory.hasSuffix("/") ? context.workingDirectory : context.workingDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The assembly of the previous synth in the output folder, if there is one.
    func previousAssembly() throws -> Assembly? {
        AssemblyReader.isAssembly(outdir) ? try AssemblyLoader.read(outdir) : nil
    }

    private func replace(_ target: String, with staging: String) throws {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: target, isDirectory: &isDirectory) {
            let empty = isDirectory.boolValue && ((try? files.contentsOfDirectory(atPath: target))?.isEmpty ?? false)
            guard AssemblyReader.isAssembly(target) || empty else {
                throw CLIError("\(target) exists and is not a cloud assembly: not replacing it. Choose another --output folder.")
            }
            try files.removeItem(atPath: target)
        }
        try files.moveItem(atPath: staging, toPath: target)
    }
}
