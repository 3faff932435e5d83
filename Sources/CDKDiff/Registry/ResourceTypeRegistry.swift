import CDKJSON
import Foundation

/// What the diff knows about resource types: which property changes replace a resource
/// (create-only in the CloudFormation registry schema, or immutable in the legacy
/// specification), which may (conditional updates), and which types hold data.
///
/// ``builtIn`` is compiled in (see `Scripts/update-diff-data`); ``ResourceTypesFile`` reads a
/// newer `resource-types.json` at run time.
public struct ResourceTypeRegistry: Sendable {
    /// A resource type's replacement facts.
    public struct Entry: Sendable, Equatable {
        /// The registry schema's information (create-only pointers, identifier, statefulness).
        public var info: CfnResourceTypeInfo
        /// Top-level properties whose change replaces the resource although the registry schema
        /// does not list them (legacy specification `UpdateType: Immutable`).
        public var legacyReplacing: Set<String>
        /// Top-level properties whose change may replace the resource (legacy `UpdateType: Conditional`).
        public var mayReplace: Set<String>

        /// An entry of these facts.
        public init(info: CfnResourceTypeInfo, legacyReplacing: Set<String> = [], mayReplace: Set<String> = []) {
            self.info = info
            self.legacyReplacing = legacyReplacing
            self.mayReplace = mayReplace
        }
    }

    /// The entries by type name.
    public private(set) var entries: [String: Entry]

    /// A registry of these entries.
    public init(entries: [String: Entry]) {
        self.entries = entries
    }

    /// A registry made of type information only (no legacy facts).
    public init(_ infos: [CfnResourceTypeInfo]) {
        self.entries = Dictionary(infos.map { ($0.typeName, Entry(info: $0)) }, uniquingKeysWith: { _, last in last })
    }

    /// The registry compiled into the library.
    public static let builtIn: ResourceTypeRegistry = BuiltInResourceTypes.parse(BuiltInResourceTypes.table)

    /// The information about `typeName`, if known.
    public func info(for typeName: String) -> CfnResourceTypeInfo? { entries[typeName]?.info }

    /// Whether `typeName` holds data that a replacement or deletion loses.
    public func isStateful(_ typeName: String) -> Bool { entries[typeName]?.info.isStateful ?? false }

    /// This registry with `other`'s entries replacing the registry facts of the same types; legacy
    /// facts are kept where `other` has none.
    public func merging(_ other: ResourceTypeRegistry) -> ResourceTypeRegistry {
        var merged = entries
        for (name, entry) in other.entries {
            var updated = entry
            if let existing = merged[name], entry.legacyReplacing.isEmpty, entry.mayReplace.isEmpty {
                updated.legacyReplacing = existing.legacyReplacing.subtracting(entry.info.createOnlyProperties.compactMap(Self.topLevelName))
                updated.mayReplace = existing.mayReplace
            }
            merged[name] = updated
        }
        return ResourceTypeRegistry(entries: merged)
    }

    static func topLevelName(_ pointer: String) -> String? {
        let parts = pointer.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty, parts[1] == "properties" else { return nil }
        return String(parts[2])
    }
}
