import CDKJSON

/// One stack of a cloud assembly, as `cdk.out` describes it: its template, where it deploys,
/// what it depends on, and the metadata of its constructs.
public struct AssemblyStack: Sendable {
    /// The artifact id (`Storage`, `ProdWorkerE3809C6F`).
    public var id: String
    /// The CloudFormation stack name (`Prod-Worker`).
    public var stackName: String
    /// The construct path the AWS CDK CLI shows (`Prod/Worker`).
    public var displayName: String
    /// `aws://<account>/<region>`, with `unknown-account` / `unknown-region` when not pinned.
    public var environment: String
    /// The template.
    public var template: JSONValue
    /// The artifact ids of the stacks this one depends on (asset manifests left out).
    public var dependencies: [String]
    /// The metadata entries by construct path (`/Storage/Data/Resource`), in file order.
    public var metadata: [(path: String, entries: [MetadataEntry])]
    /// Where the template file is, if the stack was read from disk.
    public var templatePath: String?
    /// Whether the manifest asks for termination protection.
    public var terminationProtection: Bool
    /// The stack tags.
    public var tags: [String: String]

    /// A stack with these parts.
    public init(
        id: String, stackName: String? = nil, displayName: String? = nil,
        environment: String = "aws://unknown-account/unknown-region", template: JSONValue,
        dependencies: [String] = [], metadata: [(path: String, entries: [MetadataEntry])] = [],
        templatePath: String? = nil, terminationProtection: Bool = false, tags: [String: String] = [:]
    ) {
        self.id = id
        self.stackName = stackName ?? id
        self.displayName = displayName ?? id
        self.environment = environment
        self.template = template
        self.dependencies = dependencies
        self.metadata = metadata
        self.templatePath = templatePath
        self.terminationProtection = terminationProtection
        self.tags = tags
    }

    /// The account of the environment, or `nil` when the stack is account-agnostic.
    public var account: String? { environmentPart(0) }

    /// The region of the environment, or `nil` when the stack is region-agnostic.
    public var region: String? { environmentPart(1) }

    private func environmentPart(_ index: Int) -> String? {
        let parts = environment.replacingOccurrences(of: "aws://", with: "").split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let value = String(parts[index])
        return value.hasPrefix("unknown-") ? nil : value
    }

    /// The construct path of each logical id, from the metadata's `aws:cdk:logicalId` entries
    /// and the resources' `aws:cdk:path` metadata.
    public var constructPaths: [String: String] {
        var result: [String: String] = [:]
        for (path, entries) in metadata {
            for entry in entries where entry.type == CloudAssemblySchema.MetadataType.logicalId {
                if let id = entry.data.stringValue, result[id] == nil { result[id] = path }
            }
        }
        for (id, resource) in template["Resources"]?.objectValue ?? [:] where result[id] == nil {
            if let path = resource["Metadata"]?["aws:cdk:path"]?.stringValue { result[id] = path }
        }
        return result
    }

    /// Errors, warnings and infos recorded in the metadata, with their construct paths.
    public var messages: [StackMessage] {
        metadata.flatMap { path, entries in
            entries.compactMap { entry in
                guard let level = StackMessage.Level(rawValue: entry.type) else { return nil }
                let text = entry.data.stringValue ?? JSONWriter.compact(entry.data)
                return StackMessage(level: level, path: path, message: text, stack: displayName)
            }
        }
    }
}

/// An error, warning or info that a construct recorded in the assembly.
public struct StackMessage: Sendable, Equatable, CustomStringConvertible {
    /// How serious the message is.
    public enum Level: String, Sendable, Comparable {
        /// `aws:cdk:error`: the CLI refuses to deploy.
        case error = "aws:cdk:error"
        /// `aws:cdk:warning`
        case warning = "aws:cdk:warning"
        /// `aws:cdk:info`
        case info = "aws:cdk:info"

        /// `Error`, `Warning` or `Info`.
        public var word: String {
            switch self { case .error: "Error"; case .warning: "Warning"; case .info: "Info" }
        }

        private var rank: Int {
            switch self { case .error: 0; case .warning: 1; case .info: 2 }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or info.
    public var level: Level
    /// The construct path with a leading `/`.
    public var path: String
    /// The text.
    public var message: String
    /// The display name of the stack that holds it.
    public var stack: String

    /// `[Warning at /Storage/Data] text`, as the AWS CDK CLI prints it.
    public var description: String { "[\(level.word) at \(path)] \(message)" }
}
