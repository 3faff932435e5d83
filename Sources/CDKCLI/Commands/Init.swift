import ArgumentParser
import Foundation

/// `swift-cdk init`: creates a new infrastructure package that builds, synthesizes and tests at once.
public struct Init: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Create a new Swift CDK app: two stacks, the app, tests, cdk.json and a README.",
        discussion: """
            Writes Package.swift (naming the library's products it uses), Sources/<Name>Stacks (a storage stack \
            with a bucket and a queue, a compute stack with a function that reads them through grants and \
            cross-stack references), Sources/<Name>/main.swift (the app), Tests/<Name>Tests (snapshot, \
            fine-grained and validation tests in Swift Testing), cdk.json (the app command and the recommended \
            feature flags), .gitignore and a README. The library comes from --library-path, --library-url, or \
            else the checkout this swift-cdk was built from. Then: cd DIRECTORY && swift-cdk synth && swift test.
            """)

    @Argument(help: "The folder to create the app in (default: the current folder); outside the library's checkout.")
    var directory: String?

    @Option(help: "The app's name, a Swift identifier (default: the folder's name in UpperCamelCase).")
    var name: String?

    @Option(name: .customLong("library-path"), help: ArgumentHelp("Depend on the swift-cdk checkout at this path (default: the one this tool was built from).", valueName: "path"))
    var libraryPath: String?

    @Option(name: .customLong("library-url"), help: ArgumentHelp("Depend on the swift-cdk package at this git URL.", valueName: "url"))
    var libraryURL: String?

    @Option(name: .customLong("library-version"), help: "The version of the library to depend on, with --library-url.")
    var libraryVersion = NewProject.defaultLibraryVersion

    @Flag(help: "Overwrite existing files.")
    var force = false

    public init() {}

    public func run(in context: CLIContext) throws {
        let folder = context.absolute(directory ?? ".")
        let appName = try name ?? NewProject.appName(fromFolder: (folder as NSString).lastPathComponent)
        guard NewProject.isIdentifier(appName) else {
            throw CLIError("'\(appName)' is not a Swift identifier: pass --name MyInfra.")
        }
        let dependency = try self.dependency(context)
        if case .path(let library) = dependency, folder == library || folder.hasPrefix(library + "/") {
            throw CLIError("""
                \(folder) is inside the swift-cdk checkout that the app would depend on (\(library)): \
                create the app outside it, for example swift-cdk init ~/\((folder as NSString).lastPathComponent == (library as NSString).lastPathComponent ? "my-infra" : (folder as NSString).lastPathComponent).
                """)
        }
        let project = NewProject(name: appName, packageName: (folder as NSString).lastPathComponent, dependency: dependency)
        let files = FileManager.default
        if !force {
            let existing = project.files.map(\.path).filter { files.fileExists(atPath: folder + "/" + $0) }
            guard existing.isEmpty else {
                throw CLIError("\(folder) already has \(existing.joined(separator: ", ")): not overwriting (pass --force to overwrite).")
            }
        }
        for file in project.files {
            let path = folder + "/" + file.path
            try files.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
            context.print("created \(file.path)")
        }
        let library: String
        switch dependency {
        case .path(let path): library = "the swift-cdk checkout at \(path)"
        case .url(let url, let version): library = "swift-cdk \(version) from \(url)"
        }
        let enter = directory.map { "cd \($0) && " } ?? ""
        context.print("""

            Created the app \(appName), depending on \(library).
            Next: \(enter)swift-cdk synth      (the first build takes a few minutes; later ones only rebuild what changed)
                  swift test                      (records the snapshot on the first run: commit it)
            See README.md for diff, graph and deploy.
            """)
    }

    private func dependency(_ context: CLIContext) throws -> NewProject.Dependency {
        if let libraryPath {
            let path = context.absolute(libraryPath)
            guard FileManager.default.fileExists(atPath: path + "/Package.swift") else {
                throw CLIError("\(path) has no Package.swift: --library-path must name a checkout of swift-cdk.")
            }
            return .path(path)
        }
        if libraryURL == nil, let checkout = NewProject.builtFromCheckout { return .path(checkout) }
        return .url(libraryURL ?? NewProject.defaultLibraryURL, version: libraryVersion)
    }
}
