#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// File-system questions the core asks, the same with Foundation and FoundationEssentials.
enum FileSystem {
    /// Whether something exists at `path`, and whether it is a directory.
    static func item(atPath path: String) -> (exists: Bool, isDirectory: Bool) {
        #if canImport(FoundationEssentials)
        var isDirectory = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return (exists, isDirectory)
        #else
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return (exists, isDirectory.boolValue)
        #endif
    }
}
