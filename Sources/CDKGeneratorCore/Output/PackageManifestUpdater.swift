import Foundation

/// Writes the service targets and products into `Package.swift` between marker lines, leaving
/// the rest of the manifest as it is:
///
/// ```swift
///         // BEGIN GENERATED SERVICE PRODUCTS
///         .library(name: "CDKS3", targets: ["CDKS3"]),
///         // END GENERATED SERVICE PRODUCTS
///         ...
///         // BEGIN GENERATED SERVICE TARGETS
///         .target(name: "CDKS3", dependencies: ["CDK"], path: "Sources/Services/CDKS3"),
///         // END GENERATED SERVICE TARGETS
/// ```
public enum PackageManifestUpdater {
    /// The marker pairs, by section.
    public static let productsBegin = "// BEGIN GENERATED SERVICE PRODUCTS"
    public static let productsEnd = "// END GENERATED SERVICE PRODUCTS"
    public static let targetsBegin = "// BEGIN GENERATED SERVICE TARGETS"
    public static let targetsEnd = "// END GENERATED SERVICE TARGETS"

    /// `manifest` with both generated sections replaced for `services`.
    public static func update(_ manifest: String, services: [ServiceName], servicesPath: String = "Sources/Services") throws -> String {
        let sorted = services.sorted()
        var text = try replaceSection(manifest, begin: productsBegin, end: productsEnd, lines: sorted.map {
            ".library(name: \(SwiftLiteral.quoted($0.moduleName)), targets: [\(SwiftLiteral.quoted($0.moduleName))]),"
        })
        text = try replaceSection(text, begin: targetsBegin, end: targetsEnd, lines: sorted.map {
            ".target(name: \(SwiftLiteral.quoted($0.moduleName)), dependencies: [\"CDK\"], path: \(SwiftLiteral.quoted(servicesPath + "/" + $0.moduleName))),"
        })
        return text
    }

    /// Replaces the lines between the `begin` and `end` marker lines with `lines`, indented like
    /// the `begin` marker.
    static func replaceSection(_ text: String, begin: String, end: String, lines: [String]) throws -> String {
        var all = text.components(separatedBy: "\n")
        let begins = all.indices.filter { all[$0].trimmingCharacters(in: .whitespaces) == begin }
        let ends = all.indices.filter { all[$0].trimmingCharacters(in: .whitespaces) == end }
        guard begins.count == 1, ends.count == 1, let first = begins.first, let last = ends.first, first < last else {
            throw GeneratorError("Package.swift needs exactly one '\(begin)' line followed by one '\(end)' line")
        }
        let indentation = String(all[first].prefix { $0 == " " || $0 == "\t" })
        all.replaceSubrange((first + 1)..<last, with: lines.map { indentation + $0 })
        return all.joined(separator: "\n")
    }
}
