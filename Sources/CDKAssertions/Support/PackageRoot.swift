import Foundation

/// Finds the Swift package a file belongs to.
enum PackageRoot {
    /// The closest folder at or above `path` (a file or folder) that holds `Package.swift`.
    static func containing(_ path: String) -> URL? {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if !(fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            url = url.deletingLastPathComponent()
        }
        while true {
            if fm.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// `path` relative to the package that holds it, when there is one.
    static func relative(_ path: String) -> String {
        guard let root = containing(path) else { return path }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
