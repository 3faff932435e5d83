#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The AWS CDK's fingerprint of a file or directory (`FileSystem.fingerprint`): a SHA-256 over
/// each file's relative path and content hash, so that the same sources give the same asset
/// hash (and the same S3 key) in both libraries.
enum Fingerprint {
    private static let soh: [UInt8] = [0x01], sot: [UInt8] = [0x02], etx: [UInt8] = [0x03]

    static func of(path: String, extraHash: String = "") throws -> String {
        var input: [UInt8] = []
        field(&input, "options.extra", Array(extraHash.utf8))
        field(&input, "options.follow", Array("external".utf8))
        let root = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let item = FileSystem.item(atPath: root.path)
        guard item.exists else {
            throw CDKError(code: "AssetNotFound", message: "Cannot find asset at \(path). Give the path of an existing file or directory (relative paths are relative to the current directory).")
        }
        if item.isDirectory {
            try visitDirectory(root, relative: "", into: &input)
        } else {
            field(&input, "file:", Array(try contentFingerprint(root).utf8))
        }
        return SHA256.hex(input)
    }

    private static func visitDirectory(_ directory: URL, relative: String, into input: inout [UInt8]) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
        for name in names {
            let url = directory.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            if FileSystem.item(atPath: url.resolvingSymlinksInPath().path).isDirectory {
                try visitDirectory(url.resolvingSymlinksInPath(), relative: path, into: &input)
            } else {
                field(&input, "file:" + path, Array(try contentFingerprint(url.resolvingSymlinksInPath()).utf8))
            }
        }
    }

    /// `<size>:<sha256>` of a file; text files (no NUL byte in their first 8 KiB) are hashed
    /// with CRLF line endings turned into LF.
    static func contentFingerprint(_ file: URL) throws -> String {
        var data = [UInt8](try Data(contentsOf: file))
        let isBinary = data.prefix(8192).contains(0)
        if !isBinary {
            var normalized: [UInt8] = []
            normalized.reserveCapacity(data.count)
            var i = 0
            while i < data.count {
                if data[i] == 0x0D, i + 1 < data.count, data[i + 1] == 0x0A { i += 1; continue }
                normalized.append(data[i])
                i += 1
            }
            data = normalized
        }
        return "\(data.count):\(SHA256.hex(data))"
    }

    private static func field(_ input: inout [UInt8], _ header: String, _ value: [UInt8]) {
        input += soh
        input += Array(header.utf8)
        input += sot
        input += value
        input += etx
    }
}
