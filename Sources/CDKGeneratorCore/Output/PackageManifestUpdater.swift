import Foundation

/// Writes the list of service modules into `Package.swift` between two marker lines, leaving
/// the rest of the manifest as it is:
///
/// ```swift
/// let serviceModules = [
///     // BEGIN GENERATED SERVICE MODULES
///     "CDKS3",
///     "CDKSQS",
///     // END GENERATED SERVICE MODULES
/// ]
/// ```
///
/// The manifest makes one library product and one target (`Sources/Services/<module>`,
/// depending on `CDK`) of each name in plain Swift; what a module's high-level constructs need
/// besides `CDK` sits in its hand-written `highLevelDependencies` table, which the generator
/// does not touch.
public enum PackageManifestUpdater {
    /// The line before the first module name.
    public static let begin = "// BEGIN GENERATED SERVICE MODULES"
    /// The line after the last module name.
    public static let end = "// END GENERATED SERVICE MODULES"

    /// `manifest` with the module names of `services` between the marker lines, one per line
    /// in ordinal order, indented like the `begin` marker.
    public static func update(_ manifest: String, services: [ServiceName]) throws -> String {
        let lines = Set(services).sorted().map { SwiftLiteral.quoted($0.moduleName) + "," }
        return try replaceSection(manifest, lines: lines)
    }

    /// Replaces the lines between the marker lines with `lines`, indented like the `begin` marker.
    static func replaceSection(_ text: String, lines: [String]) throws -> String {
        var all = text.components(separatedBy: "\n")
        let begins = all.indices.filter { all[$0].trimmingCharacters(in: .whitespaces) == begin }
        let ends = all.indices.filter { all[$0].trimmingCharacters(in: .whitespaces) == end }
        guard begins.count == 1, ends.count == 1, let first = begins.first, let last = ends.first, first < last else {
            throw GeneratorError("Package.swift needs exactly one '\(begin)' line followed by one '\(end)' line, around the names of the service modules")
        }
        let indentation = String(all[first].prefix { $0 == " " || $0 == "\t" })
        all.replaceSubrange((first + 1)..<last, with: lines.map { indentation + $0 })
        return all.joined(separator: "\n")
    }
}
