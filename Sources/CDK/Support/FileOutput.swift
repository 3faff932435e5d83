#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes assembly files with plain POSIX calls: straight from the string's bytes, without
/// the copy and the `fsync` that Foundation's `Data.write(to:)` adds (the AWS CDK does not
/// sync its output either; a cloud assembly is rebuilt, not recovered).
enum FileOutput {
    /// Creates or replaces the file at `path` with `contents`.
    static func save(_ contents: String, toPath path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw error("open", path) }
        defer { close(descriptor) }
        try contents.withUTF8Bytes { bytes in
            guard let start = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, start + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error("write", path)
                }
                offset += written
            }
        }
    }

    /// The path of the file `name` in `directory`.
    static func path(_ name: String, in directory: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func error(_ operation: String, _ path: String) -> CDKError {
        CDKError(code: "FileWriteFailed", message: "Cannot \(operation) '\(path)': \(String(cString: strerror(errno))). Check that the output folder is writable.")
    }
}
