import CDK
import Foundation
import Testing

/// Compares the templates of a synthesized assembly with a reference app's `expected/` folder
/// (Tests/Fixtures/<fixture>/expected, made by ../shared/tools/reference-synth): the same JSON
/// values, key order aside, and without the `Code` of handler functions whose code is
/// swift-cdk's own (custom resource providers).
enum ReferenceComparison {
    static func expectedFolder(_ fixture: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(fixture)/expected")
    }

    /// The template of `stackName` in the fixture's expected assembly.
    static func expectedTemplate(_ fixture: String, _ stackName: String) throws -> JSONValue {
        let url = expectedFolder(fixture).appendingPathComponent("\(stackName).template.json")
        return normalized(try JSONParser.parse(try String(contentsOf: url, encoding: .utf8)))
    }

    /// The template of `stackName` in `assembly`.
    static func actualTemplate(_ assembly: CloudAssembly, _ stackName: String) throws -> JSONValue {
        let text = try #require(assembly.files.first { $0.name == "\(stackName).template.json" }?.contents,
                                "no template \(stackName).template.json")
        return normalized(try JSONParser.parse(text))
    }

    /// The logical ids of the resources whose values differ, or are on one side only.
    static func differences(_ expected: JSONValue, _ actual: JSONValue) -> [String] {
        guard case .object(let e) = expected, case .object(let a) = actual else { return ["<template>"] }
        var result: [String] = []
        for section in Set(e.keys + a.keys).sorted() {
            guard case .object(let es)? = e[section], case .object(let as_)? = a[section] else {
                if e[section] != a[section] { result.append(section) }
                continue
            }
            for key in Set(es.keys + as_.keys).sorted() where es[key] != as_[key] { result.append("\(section).\(key)") }
        }
        return result
    }

    private static func normalized(_ template: JSONValue) -> JSONValue {
        guard case .object(var root) = template, case .object(var resources)? = root["Resources"] else { return template }
        for key in resources.keys {
            guard case .object(var resource)? = resources[key] else { continue }
            if key.contains("CustomResourceProviderHandler"), case .object(var properties)? = resource["Properties"] {
                properties["Code"] = "<handler code>"
                resource["Properties"] = .object(properties)
            }
            if case .object(var metadata)? = resource["Metadata"] {
                metadata["aws:cdk:path"] = nil
                resource["Metadata"] = metadata.isEmpty ? nil : .object(metadata)
            }
            resources[key] = .object(resource)
        }
        resources["CDKMetadata"] = nil
        root["Resources"] = .object(resources)
        return .object(root)
    }
}
