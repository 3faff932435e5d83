#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The code of a custom resource provider: the files of its Node.js handler folder, with an
/// `index.js` that exports `handler`. The provider adds swift-cdk's CloudFormation response
/// (`cloudformation-response.js`, and `__entrypoint__.js` when it reports for the handler) and
/// uploads the folder as a zip asset.
///
/// The library's own providers keep their handler in memory (`files`), so that synthesis reads
/// no file of the package; `directory` takes a folder on disk, as the AWS CDK's `codeDirectory`.
public struct CustomResourceProviderCode: Sendable, Equatable {
    /// The files by their path in the folder (`index.js`, `lib/util.js`), with their contents.
    public let files: [String: [UInt8]]

    private init(files: [String: [UInt8]]) { self.files = files }

    /// Files given in memory, by their path in the folder.
    public static func files(_ files: [String: String]) -> CustomResourceProviderCode {
        CustomResourceProviderCode(files: files.mapValues { Array($0.utf8) })
    }

    /// The files of the folder at `path`, TypeScript sources (`.ts`) left out, as the AWS CDK does.
    public static func directory(_ path: String) throws -> CustomResourceProviderCode {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        guard FileSystem.item(atPath: root.path).isDirectory else {
            throw CDKError(code: "CustomResourceCodeDirectoryNotFound",
                           message: "cannot find \(path): the code of a custom resource provider must be a folder with an index.js")
        }
        var files: [String: [UInt8]] = [:]
        try collect(root, relative: "", into: &files)
        return CustomResourceProviderCode(files: files)
    }

    private static func collect(_ folder: URL, relative: String, into files: inout [String: [UInt8]]) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            if FileSystem.item(atPath: url.path).isDirectory {
                try collect(url, relative: path, into: &files)
            } else if !name.hasSuffix(".ts") {
                files[path] = [UInt8](try Data(contentsOf: url))
            }
        }
    }

    /// The files to upload: these, with swift-cdk's CloudFormation response module
    /// (`cloudformation-response.js`), and its entry point (`__entrypoint__.js`) if asked for,
    /// replacing any of the same name.
    public func bundle(withEntrypoint: Bool) -> [String: [UInt8]] {
        var bundle = files
        bundle["cloudformation-response.js"] = Array(Self.cloudFormationResponseSource.utf8)
        if withEntrypoint { bundle["__entrypoint__.js"] = Array(Self.entrypointSource.utf8) }
        return bundle
    }
}

/// Writes a provider's files into a folder of the temporary directory named after their digest,
/// once per process: the asset is made from that folder, as the AWS CDK stages its handlers in a
/// temporary folder. The folder's contents depend only on the files, so every synthesis of the
/// same code gives the same asset hash; a folder that was changed on disk is written again.
final class CustomResourceCodeStaging: @unchecked Sendable {
    static let shared = CustomResourceCodeStaging()

    private let lock = Lock()
    private var staged: [String: String] = [:]

    /// The folder that holds exactly `files`.
    func folder(for files: [String: [UInt8]]) throws -> String {
        let digest = Self.digestOf(files)
        lock.lock()
        defer { lock.unlock() }
        if let folder = staged[digest] { return folder }
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("swift-cdk-custom-resources")
        let folder = parent.appendingPathComponent(digest)
        if try !Self.holdsExactly(files, folder) {
            try Self.write(files, to: folder, parent: parent)
        }
        staged[digest] = folder.path
        return folder.path
    }

    private static func digestOf(_ files: [String: [UInt8]]) -> String {
        var input: [UInt8] = []
        for (name, contents) in files.sorted(by: { $0.key < $1.key }) {
            input += Array(name.utf8) + [0] + Array(String(contents.count).utf8) + [0] + contents
        }
        return String(SHA256.hex(input).prefix(32))
    }

    private static func holdsExactly(_ files: [String: [UInt8]], _ folder: URL) throws -> Bool {
        guard FileSystem.item(atPath: folder.path).isDirectory else { return false }
        var found: [String: [UInt8]] = [:]
        func collect(_ url: URL, _ relative: String) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                let child = url.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                if FileSystem.item(atPath: child.path).isDirectory { try collect(child, path) } else { found[path] = [UInt8](try Data(contentsOf: child)) }
            }
        }
        try collect(folder, "")
        return found == files
    }

    /// Writes the files into a fresh folder beside `folder`, then moves it into place.
    private static func write(_ files: [String: [UInt8]], to folder: URL, parent: URL) throws {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            let fresh = parent.appendingPathComponent(".staging-\(UUID().uuidString)")
            for (name, contents) in files {
                let file = fresh.appendingPathComponent(name)
                try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents).write(to: file)
            }
            if FileSystem.item(atPath: folder.path).exists { try fm.removeItem(at: folder) }
            do {
                try fm.moveItem(at: fresh, to: folder)
            } catch {
                // Another process moved the same files into place first.
                try? fm.removeItem(at: fresh)
                if try !holdsExactly(files, folder) { throw error }
            }
        } catch let error as CDKError {
            throw error
        } catch {
            throw CDKError(code: "CustomResourceCodeNotStaged",
                           message: "Could not write the code of a custom resource provider into \(folder.path): \(error). Check that the temporary directory (TMPDIR) is writable.")
        }
    }
}
