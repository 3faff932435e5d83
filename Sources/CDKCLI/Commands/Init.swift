import ArgumentParser
import Foundation

/// `swift-cdk init`: creates a new infrastructure package that builds and synthesizes at once.
public struct Init: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Create a new Swift CDK app: a package with a stack, an app, tests and cdk.json.",
        discussion: """
            Writes Package.swift (depending on this library: --library-path for a local checkout, else \
            \(NewProject.defaultLibraryURL)), Sources/<Name>Stacks (the stacks), Sources/<Name> (main.swift: \
            the app), Tests/<Name>Tests (Swift Testing), cdk.json ({"app": "swift run <Name>"}), .gitignore and a \
            README. Then: swift build && swift-cdk synth.
            """)

    @Argument(help: "The folder to create the app in (default: the current folder).")
    var directory: String?

    @Option(help: "The app's name, a Swift identifier (default: the folder's name in UpperCamelCase).")
    var name: String?

    @Option(name: .customLong("library-path"), help: ArgumentHelp("Depend on the swift-cdk checkout at this path.", valueName: "path"))
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
        let dependency: NewProject.Dependency
        if let libraryPath {
            let path = context.absolute(libraryPath)
            guard FileManager.default.fileExists(atPath: path + "/Package.swift") else {
                throw CLIError("\(path) has no Package.swift: --library-path must name a checkout of swift-cdk.")
            }
            dependency = .path(path)
        } else {
            dependency = .url(libraryURL ?? NewProject.defaultLibraryURL, version: libraryVersion)
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
        context.print("""

            Next: cd \(directory ?? ".") && swift build && swift-cdk synth
            Test the stacks with swift test; compare changes with swift-cdk diff; deploy with cdk deploy --app cdk.out.
            """)
    }
}
