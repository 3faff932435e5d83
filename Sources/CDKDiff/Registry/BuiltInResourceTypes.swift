import CDKJSON

/// The resource type table compiled into the library, in the compact line format that
/// `Scripts/update-diff-data` writes (`BuiltInResourceTypeTable.swift`).
enum BuiltInResourceTypes {
    /// Parses `TYPE|FLAGS|CREATE_ONLY|PRIMARY_IDENTIFIER|LEGACY_REPLACE|LEGACY_MAY_REPLACE` lines;
    /// `#` lines are comments.
    static func parse(_ table: String) -> ResourceTypeRegistry {
        var entries: [String: ResourceTypeRegistry.Entry] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 6 else { continue }
            func pointers(_ field: Substring) -> [String] { field.split(separator: " ").map { "/properties/" + $0 } }
            func names(_ field: Substring) -> Set<String> { Set(field.split(separator: " ").map(String.init)) }
            let name = String(fields[0])
            let info = CfnResourceTypeInfo(
                typeName: name, createOnlyProperties: pointers(fields[2]), readOnlyProperties: [],
                primaryIdentifier: pointers(fields[3]), isStateful: fields[1].contains("s"))
            entries[name] = .init(info: info, legacyReplacing: names(fields[4]), mayReplace: names(fields[5]))
        }
        return ResourceTypeRegistry(entries: entries)
    }
}
