/// Merges element fragments into a template, section by section, as the AWS CDK does:
/// sections and entries keep the order they first appear in; a repeated entry is an error.
struct TemplateMerge {
    private var template: JSONObject
    /// The sections merged from fragments, in the order they first appeared (a template has
    /// a handful: searched in order).
    private var sections: [(name: String, entries: JSONObject)] = []

    /// A merge that starts from `template` (description, transform, format version, metadata).
    init(_ template: JSONObject) {
        self.template = template
    }

    mutating func merge(_ fragment: JSONObject, element: CfnElement) throws {
        for (section, value) in fragment {
            switch section {
            case "Description":
                if case .string(let existing)? = template[section], case .string(let addition) = value {
                    template[section] = .string(existing + "\n" + addition)
                } else {
                    template[section] = value
                }
            case "Transform":
                var transforms = template[section].map(Self.asList) ?? []
                for t in Self.asList(value) where !transforms.contains(t) { transforms.append(t) }
                template[section] = transforms.count == 1 ? transforms[0] : .array(transforms)
            case "AWSTemplateFormatVersion":
                template[section] = value
            default:
                guard case .object(let entries) = value else {
                    template[section] = value
                    continue
                }
                let position: Int
                if let existing = sections.firstIndex(where: { $0.name == section }) {
                    position = existing
                } else {
                    sections.append((section, JSONObject()))
                    position = sections.count - 1
                }
                for (id, definition) in entries {
                    guard sections[position].entries.insertIfAbsent(id, definition) else {
                        throw CDKError("DuplicateLogicalId", "section '\(section)' already contains '\(id)'. Two elements of stack '\(element.stack.node.path)' have the logical id '\(id)' (the second is '\(element.node.path)'); give one of them another id or overrideLogicalId.", at: element)
                    }
                }
            }
        }
    }

    /// The entries merged into `section` so far.
    func section(_ name: String) -> JSONObject? { sections.first { $0.name == name }?.entries }

    /// The merged template.
    func result() -> JSONObject {
        var result = template
        for (section, entries) in sections {
            if case .object(var existing)? = result[section] {
                for (id, definition) in entries { existing[id] = definition }
                result[section] = .object(existing)
            } else {
                result[section] = .object(entries)
            }
        }
        return result
    }

    private static func asList(_ value: JSONValue) -> [JSONValue] {
        if case .array(let a) = value { return a }
        return [value]
    }
}
