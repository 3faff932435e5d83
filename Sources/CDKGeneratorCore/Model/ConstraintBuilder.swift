import CDKJSON

/// The value constraints of a resource type, as the core's `SchemaConstraints` reads them: the
/// registry schema pruned to the keywords the core checks, as compact JSON text.
///
/// Kept: `minimum`, `maximum`, `minLength`, `maxLength`, `pattern`, `enum` (of scalars),
/// `minItems`, `maxItems`, `required` (of objects with properties), and the structure leading
/// to them: `properties`, `items` (one schema), `additionalProperties` (the one value schema of
/// a map: its `patternProperties` and `additionalProperties` schema, when there is exactly one),
/// `$ref` to `definitions`. A `oneOf`/`anyOf` whose alternatives are all plain `required` lists
/// becomes `requiredGroups` (at least one of them must be met). Alternatives that describe
/// types (`oneOf` of a string or an object) are not followed: which one applies is not known
/// without the value. Nodes with nothing to check below them are left out; a type with nothing
/// to check at all has no constraints (`nil`).
enum ConstraintBuilder {
    static let scalarKeywords = ["minimum", "maximum", "minLength", "maxLength", "pattern", "minItems", "maxItems"]

    /// The constraints of the writable properties `writable` of `schema`, as JSON text, or `nil`.
    /// `tagProperty` (written by the tag manager, and left out when there are no tags) is not
    /// required.
    static func constraints(of schema: ResourceSchema, writable: [String], tagProperty: String?) -> String? {
        var pruner = Pruner(schema: schema)
        var properties = JSONObject()
        for name in writable {
            if let node = schema.properties[name], let pruned = pruner.prune(node) { properties[name] = pruned }
        }
        let writableSet = Set(writable)
        let required = schema.required.filter { writableSet.contains($0) && $0 != tagProperty }.sorted(by: Ordinal.less)
        var root = JSONObject()
        if !properties.isEmpty { root["properties"] = .object(properties) }
        if !required.isEmpty { root["required"] = .array(required.map(JSONValue.string)) }
        if let groups = requiredGroups(schema.document) { root["requiredGroups"] = groups }
        guard !root.isEmpty else { return nil }
        let used = pruner.definitionsUsed(from: .object(root))
        if !used.isEmpty {
            var definitions = JSONObject()
            for name in used.sorted(by: Ordinal.less) { definitions[name] = .object(pruner.prunedDefinitions[name].flatMap { $0 } ?? [:]) }
            root["definitions"] = .object(definitions)
        }
        return asciiJSON(.object(root))
    }

    /// `oneOf`/`anyOf` of plain `required` lists, as lists of names.
    static func requiredGroups(_ node: JSONValue) -> JSONValue? {
        for key in ["oneOf", "anyOf"] {
            guard let alternatives = node[key]?.arrayValue, !alternatives.isEmpty else { continue }
            var groups: [JSONValue] = []
            for alternative in alternatives {
                guard let members = alternative.objectValue, Set(members.keys).isSubset(of: ["required", "description"]),
                      let names = alternative["required"]?.arrayValue, !names.isEmpty,
                      names.allSatisfy({ $0.stringValue != nil }) else { return nil }
                groups.append(.array(names))
            }
            return .array(groups)
        }
        return nil
    }

    /// Compact JSON with every character outside ASCII written as `\uXXXX`, so that the text is
    /// plain in a Swift source file.
    static func asciiJSON(_ value: JSONValue) -> String {
        var out = ""
        for scalar in JSONWriter.compact(value).unicodeScalars {
            if scalar.value < 0x7F {
                out.unicodeScalars.append(scalar)
            } else {
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            }
        }
        return out
    }
}

/// Prunes schema nodes, keeping each definition once.
private struct Pruner {
    let schema: ResourceSchema
    /// Each pruned definition (`nil`: nothing to check), and `nil` while it is being pruned.
    var prunedDefinitions: [String: JSONObject?] = [:]
    private var inProgress: Set<String> = []
    private var depth = 0

    init(schema: ResourceSchema) { self.schema = schema }

    mutating func prune(_ node: JSONValue) -> JSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64, let members = node.objectValue else { return nil }
        if let reference = members["$ref"]?.stringValue {
            guard let name = TypeResolver.definitionName(reference) else { return nil }
            return definition(name) ? .object(["$ref": .string("#/definitions/" + name)]) : nil
        }
        var out = JSONObject()
        for key in ConstraintBuilder.scalarKeywords {
            guard let value = members[key] else { continue }
            if key == "pattern" { if value.stringValue != nil { out[key] = value } } else if value.numberValue != nil { out[key] = value }
        }
        if let values = members["enum"]?.arrayValue, !values.isEmpty, values.allSatisfy(Self.isScalar) {
            out["enum"] = .array(values)
        }
        if let properties = members["properties"]?.objectValue, !properties.isEmpty {
            var pruned = JSONObject()
            for name in properties.keys.sorted(by: Ordinal.less) {
                if let child = prune(properties[name]!) { pruned[name] = child }
            }
            if !pruned.isEmpty { out["properties"] = .object(pruned) }
            let names = Set(properties.keys)
            let required = (members["required"]?.arrayValue ?? []).compactMap(\.stringValue).filter(names.contains)
            if !required.isEmpty { out["required"] = .array(Array(Set(required)).sorted(by: Ordinal.less).map(JSONValue.string)) }
            if let groups = ConstraintBuilder.requiredGroups(node) { out["requiredGroups"] = groups }
        } else if let values = mapValues(members), values.count == 1, let pruned = prune(values[0]) {
            out["additionalProperties"] = pruned
        }
        if let items = members["items"], items.objectValue != nil, let pruned = prune(items) {
            out["items"] = pruned
        }
        return out.isEmpty ? nil : .object(out)
    }

    /// The value schemas of a map (distinct ones), or `nil` for anything else.
    private func mapValues(_ members: JSONObject) -> [JSONValue]? {
        var values: [JSONValue] = []
        if let patterns = members["patternProperties"]?.objectValue {
            for key in patterns.keys.sorted(by: Ordinal.less) where !values.contains(patterns[key]!) { values.append(patterns[key]!) }
        }
        if let additional = members["additionalProperties"], let object = additional.objectValue, !object.isEmpty, !values.contains(additional) {
            values.append(additional)
        }
        return values.isEmpty ? nil : values
    }

    /// Whether the definition `name` has anything to check (a definition being pruned counts).
    private mutating func definition(_ name: String) -> Bool {
        if inProgress.contains(name) { return true }
        if let known = prunedDefinitions[name] { return known != nil }
        guard let node = schema.definitions[name] else { return false }
        inProgress.insert(name)
        let pruned = prune(node)?.objectValue
        inProgress.remove(name)
        prunedDefinitions[name] = .some(pruned)
        return pruned != nil
    }

    /// The definitions `root` refers to, directly or through other definitions.
    func definitionsUsed(from root: JSONValue) -> Set<String> {
        var used: Set<String> = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case .object(let members):
                if let reference = members["$ref"]?.stringValue, let name = TypeResolver.definitionName(reference), !used.contains(name) {
                    used.insert(name)
                    if let definition = prunedDefinitions[name] ?? nil { pending.append(.object(definition)) }
                }
                for (key, value) in members where key != "enum" { pending.append(value) }
            case .array(let elements):
                pending += elements
            default:
                break
            }
        }
        return used
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .string, .number, .bool: true
        default: false
        }
    }
}
