import Foundation

/// Writes a ``GenerationResult`` into the services folder: a file is only rewritten when its
/// contents change (so that builds stay incremental), and generated files the result no longer
/// has are removed. Only `Generated/` folders are touched: hand-written files beside them stay.
public enum OutputWriter {
    /// What a write did.
    public struct Report: Sendable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0
    }

    /// Writes `result` below `servicesDirectory` and the summary to `summaryPath`.
    @discardableResult
    public static func write(_ result: GenerationResult, servicesDirectory: String, summaryPath: String) throws -> Report {
        let fm = FileManager.default
        var report = Report()
        var wanted: Set<String> = []
        for file in result.files {
            let path = servicesDirectory + "/" + file.path
            wanted.insert(path)
            if try writeIfChanged(file.contents, to: path) { report.written += 1 } else { report.unchanged += 1 }
        }
        _ = try writeIfChanged(result.summary, to: summaryPath)

        // Remove generated files and folders of types or services that are gone.
        let modules = (try? fm.contentsOfDirectory(atPath: servicesDirectory)) ?? []
        for module in modules.sorted() where module.hasPrefix("CDK") {
            let generated = servicesDirectory + "/" + module + "/" + Generator.generatedFolder
            guard let names = try? fm.contentsOfDirectory(atPath: generated) else { continue }
            for name in names.sorted() where name.hasSuffix(".swift") && !wanted.contains(generated + "/" + name) {
                let path = generated + "/" + name
                guard let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasPrefix(FileHeader.marker) else { continue }
                try fm.removeItem(atPath: path)
                report.removed += 1
            }
            if (try? fm.contentsOfDirectory(atPath: generated))?.isEmpty == true {
                try fm.removeItem(atPath: generated)
                let moduleDirectory = servicesDirectory + "/" + module
                if (try? fm.contentsOfDirectory(atPath: moduleDirectory))?.isEmpty == true { try fm.removeItem(atPath: moduleDirectory) }
            }
        }
        return report
    }

    /// Writes `contents` to `path` (creating folders) unless the file already holds exactly that.
    /// Returns whether it wrote.
    public static func writeIfChanged(_ contents: String, to path: String) throws -> Bool {
        let data = Data(contents.utf8)
        if FileManager.default.contents(atPath: path) == data { return false }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return true
    }
}
