/// A file the generator writes, with a path relative to the services folder
/// (`CDKS3/Generated/CfnBucket.swift`).
public struct GeneratedFile: Sendable, Equatable {
    public var path: String
    public var contents: String
}

/// The whole output for a set of schemas: one Swift file per resource type and one per
/// namespace enum, grouped by service module, and the summary of registry information.
public struct GenerationResult: Sendable {
    /// The Swift files.
    public var files: [GeneratedFile]
    /// The service modules, sorted.
    public var services: [ServiceName]
    /// The contents of `resource-types.json`.
    public var summary: String
}

/// Generates the low-level layer from registry schemas. The output depends only on the schemas
/// and the source label: the same input gives byte-identical files.
public struct Generator {
    /// The folder name, inside each module, that holds generated files.
    public static let generatedFolder = "Generated"

    public let schemas: [ResourceSchema]
    /// Where the schemas came from, written into every header (`cfn-lint 1.51.0 (...)`).
    public let sourceLabel: String

    public init(schemas: [ResourceSchema], sourceLabel: String) {
        self.schemas = schemas.sorted { Ordinal.less($0.typeName, $1.typeName) }
        self.sourceLabel = sourceLabel
    }

    /// Renders everything.
    public func generate() -> GenerationResult {
        let models = schemas.map(ResourceModelBuilder.build)
        var byService: [ServiceName: [ResourceModel]] = [:]
        for model in models { byService[model.service, default: []].append(model) }
        let services = byService.keys.sorted()
        var files: [GeneratedFile] = []
        for service in services {
            let members = byService[service]!
            let folder = service.moduleName + "/" + Self.generatedFolder + "/"
            files.append(GeneratedFile(
                path: folder + service.namespace + ".swift",
                contents: NamespaceRenderer.render(service, typeNames: members.map(\.typeName), sourceLabel: sourceLabel)))
            let core = CoreNames(namespaceClassNames: members.map(\.className))
            for model in members {
                files.append(GeneratedFile(path: folder + model.className + ".swift", contents: ResourceRenderer.render(model, sourceLabel: sourceLabel, core: core)))
            }
        }
        return GenerationResult(files: files, services: services, summary: ResourceTypesSummary.render(models, sourceLabel: sourceLabel))
    }

    /// The file of one resource type, for tests and previews.
    public static func renderResource(_ schema: ResourceSchema, sourceLabel: String = "test schemas") -> String {
        ResourceRenderer.render(ResourceModelBuilder.build(schema), sourceLabel: sourceLabel)
    }
}
