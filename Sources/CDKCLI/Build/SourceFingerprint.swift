import CDKJSON
import Foundation

/// A cheap, conservative fingerprint of what an app's executable is built from: the path, size
/// and modification time of every file of its package and of its local (path) dependencies,
/// and the Swift toolchain. Hidden files and folders (`.build`, `.git`, `.swiftpm`...) and the
/// assembly output folder are left out; everything else counts, so that any change to a
/// source, a resource or `Package.swift` means "build again". `Package.resolved` counts by its
/// contents (a build writes it, so its modification time says nothing).
struct SourceFingerprint: Equatable {
    /// One digest per package folder, by folder.
    var packages: [String: String]
    /// The toolchain's `swift` (its real path, size and modification time).
    var toolchain: String
    /// The digest of the app package's `Package.resolved` ("none" without one).
    var resolved = "none"

    /// The fingerprint of `roots` (package folders), leaving out the folders in `excluded`.
    static func compute(roots: [String], excluded: Set<String>, environment: [String: String]) -> SourceFingerprint {
        var packages: [String: String] = [:]
        for root in roots { packages[root] = digest(of: root, excluded: excluded) }
        return SourceFingerprint(packages: packages, toolchain: toolchainStamp(environment), resolved: resolvedDigest(roots.first ?? "."))
    }

    /// The digest of the contents of `Package.resolved` in `root`.
    static func resolvedDigest(_ root: String) -> String {
        guard let data = FileManager.default.contents(atPath: root + "/Package.resolved") else { return "none" }
        return ContentHash.hex(Array(data))
    }

    /// The digest of the files below `root`.
    static func digest(of root: String, excluded: Set<String>) -> String {
        var lines: [String] = []
        walk(root, relative: "", excluded: excluded, into: &lines)
        lines.sort()
        return ContentHash.hex(Array(lines.joined(separator: "\n").utf8))
    }

    private static func walk(_ folder: String, relative: String, excluded: Set<String>, into lines: inout [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") && !(relative.isEmpty && name == "Package.resolved") {
            let path = folder + "/" + name
            guard !excluded.contains(path) else { continue }
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, relative: relativePath, excluded: excluded, into: &lines)
            } else {
                lines.append("\(relativePath)\t\(info.st_size)\t\(modificationStamp(info))")
            }
        }
    }

    private static func modificationStamp(_ info: stat) -> String {
        #if canImport(Darwin)
        return "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
        return "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
    }

    /// The `swift` found on `PATH`: its resolved path, size and modification time.
    static func toolchainStamp(_ environment: [String: String]) -> String {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/swift"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            let resolved = (candidate as NSString).resolvingSymlinksInPath
            var info = stat()
            guard stat(resolved, &info) == 0 else { return resolved }
            return "\(resolved)\t\(info.st_size)\t\(modificationStamp(info))"
        }
        return "no swift on PATH"
    }

    /// The first package whose digest differs from `other`'s, for the progress line.
    func firstChange(since other: SourceFingerprint) -> String? {
        if toolchain != other.toolchain { return "the Swift toolchain" }
        if resolved != other.resolved { return "Package.resolved" }
        return packages.keys.sorted().first { packages[$0] != other.packages[$0] }
    }
}
