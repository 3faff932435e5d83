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
///
/// A service module depends on `CDK` only; dependencies added by hand to a target line (for
/// the module's high-level constructs, such as `"CDKIAM"`) are kept, in their order.
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
        let existing = try existingDependencies(text)
        text = try replaceSection(text, begin: targetsBegin, end: targetsEnd, lines: sorted.map { service in
            let dependencies = ["CDK"] + (existing[service.moduleName] ?? []).filter { $0 != "CDK" }
            let list = dependencies.map(SwiftLiteral.quoted).joined(separator: ", ")
            return ".target(name: \(SwiftLiteral.quoted(service.moduleName)), dependencies: [\(list)], path: \(SwiftLiteral.quoted(servicesPath + "/" + service.moduleName))),"
        })
        return text
    }

    /// The dependencies of the targets in the generated section, by target name.
    static func existingDependencies(_ text: String) throws -> [String: [String]] {
        let lines = text.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == targetsBegin }),
              let last = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == targetsEnd }), first < last else { return [:] }
        var result: [String: [String]] = [:]
        for line in lines[(first + 1)..<last] {
            guard let nameStart = line.range(of: ".target(name: \""),
                  let nameEnd = line.range(of: "\"", range: nameStart.upperBound..<line.endIndex),
                  let listStart = line.range(of: "dependencies: [", range: nameEnd.upperBound..<line.endIndex),
                  let listEnd = line.range(of: "]", range: listStart.upperBound..<line.endIndex) else { continue }
            let name = String(line[nameStart.upperBound..<nameEnd.lowerBound])
            let items = line[listStart.upperBound..<listEnd.lowerBound].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            result[name] = items.filter { !$0.isEmpty }
        }
        return result
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
