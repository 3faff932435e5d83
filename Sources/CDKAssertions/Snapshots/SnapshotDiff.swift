import CDK

/// A structural diff of two templates, by section and logical id: resources added, removed
/// or changed (each changed value with its old and new value), like `cdk diff` shows it.
struct SnapshotDiff {
    /// The report lines.
    private(set) var lines: [String] = []
    /// The number of added, removed and changed entries.
    private(set) var changeCount = 0

    /// Sections with logical ids, in the order they are reported; other keys come last.
    static let keyedSections = ["Parameters", "Mappings", "Conditions", "Rules", "Resources", "Outputs"]

    /// Adds a line of its own (a stack added or removed); `counts`: whether it is a change.
    mutating func note(_ line: String, counts: Bool = true) {
        lines.append(line)
        if counts { changeCount += 1 }
    }

    /// Diffs two templates; `path` gives the construct path of a logical id, when known.
    mutating func diffTemplates(_ old: JSONObject, _ new: JSONObject, indent: String = "", path: (String) -> String? = { _ in nil }) {
        for section in Self.keyedSections {
            let before = old[section]?.objectValue ?? [:]
            let after = new[section]?.objectValue ?? [:]
            guard before != after else { continue }
            lines.append(indent + section)
            diffSection(section, before, after, indent: indent, path: path)
        }
        var other: [String] = []
        for key in Self.union(old.keys, new.keys) where !Self.keyedSections.contains(key) {
            other += Self.valueChanges(Self.pathComponent(key, first: true), old[key], new[key])
        }
        if !other.isEmpty {
            lines.append(indent + "Other Changes")
            lines += other.map { indent + $0 }
            changeCount += other.count
        }
    }

    private mutating func diffSection(_ section: String, _ old: JSONObject, _ new: JSONObject, indent: String, path: (String) -> String?) {
        for id in Self.union(old.keys, new.keys) {
            let before = old[id]
            let after = new[id]
            guard before != after else { continue }
            changeCount += 1
            let type = (after ?? before)?["Type"]?.stringValue
            var header = [type, id].compactMap { $0 }.joined(separator: " ")
            if let constructPath = path(id) { header += " (\(constructPath))" }
            switch (before, after) {
            case (nil, let value?):
                lines.append(indent + "[+] " + header + (section == "Resources" ? "" : ": " + Self.render(value)))
            case (let value?, nil):
                lines.append(indent + "[-] " + header + (section == "Resources" ? "" : ": " + Self.render(value)))
            default:
                lines.append(indent + "[~] " + header)
                lines += Self.valueChanges("", before, after).map { indent + "    " + $0 }
            }
        }
    }

    /// One line per changed leaf below `path`: `[~] path: old → new`, `[+] path: new`, `[-] path: old`.
    static func valueChanges(_ path: String, _ old: JSONValue?, _ new: JSONValue?) -> [String] {
        if old == new { return [] }
        let label = path.isEmpty ? "(value)" : path
        switch (old, new) {
        case (nil, let value?):
            return ["[+] \(label): \(render(value))"]
        case (let value?, nil):
            return ["[-] \(label): \(render(value))"]
        case (.object(let a)?, .object(let b)?):
            return union(a.keys, b.keys).flatMap { key in
                valueChanges(path + pathComponent(key, first: path.isEmpty), a[key], b[key])
            }
        case (.array(let a)?, .array(let b)?):
            return (0..<max(a.count, b.count)).flatMap { i in
                valueChanges(path + "[\(i)]", i < a.count ? Optional(a[i]) : nil, i < b.count ? Optional(b[i]) : nil)
            }
        default:
            return ["[~] \(label): \(render(old)) → \(render(new))"]
        }
    }

    /// `.key`, or `["key"]` when the key is not a plain name.
    static func pathComponent(_ key: String, first: Bool) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || ":_-@".unicodeScalars.contains(scalar))
        }
        if plain { return first ? key : "." + key }
        return "[" + JSONWriter.compact(.string(key)) + "]"
    }

    /// Compact JSON, cut after 300 characters.
    static func render(_ value: JSONValue?) -> String {
        guard let value else { return "(none)" }
        let text = JSONWriter.compact(value)
        return text.count > 300 ? String(text.prefix(297)) + "..." : text
    }

    /// The keys of `a`, then those only in `b`.
    static func union(_ a: [String], _ b: [String]) -> [String] {
        let known = Set(a)
        return a + b.filter { !known.contains($0) }
    }
}
