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
    /// staging folder that then replaces the output folder.
    func synthesize() throws -> Assembly {
        switch try source() {
        case .assembly(let path):
            return try AssemblyReader.read(path)
        case .command(let command):
            let target = outdir
            let parent = (target as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            let staging = parent + "/.\((target as NSString).lastPathComponent).synth-\(UUID().uuidString.prefix(8))"
            defer { try? FileManager.default.removeItem(atPath: staging) }
            try AppRunner(context: context, verbose: options.verbose).run(command, outdir: staging, appContext: try options.mergedContext(config))
            guard AssemblyReader.isAssembly(staging) else {
                throw CLIError("""
                    The app ran but wrote no cloud assembly: \(command)
                    It must create its App with App() (which writes to the folder in CDK_OUTDIR) and call app.synth().
                    """)
            }
            try replace(target, with: staging)
            return try AssemblyReader.read(target)
        }
    }

    /// The assembly of the previous synth in the output folder, if there is one.
    func previousAssembly() throws -> Assembly? {
        AssemblyReader.isAssembly(outdir) ? try AssemblyReader.read(outdir) : nil
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
