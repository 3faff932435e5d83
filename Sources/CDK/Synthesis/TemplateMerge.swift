/// Merges element fragments into a template, section by section, as the AWS CDK does:
/// sections and entries keep the order they first appear in; a repeated entry is an error.
enum TemplateMerge {
    static func merge(_ fragment: JSONObject, into template: inout JSONObject, element: CfnElement) throws {
        for (section, value) in fragment {
            switch section {
            case "Description":
                if case .string(let existing)? = template[section], case .string(let addition) = value {
                    template[section] = .string(existing + "\n" + addition)
                } else {
                    template[section] = value
                }
            case "Transform":
                var transforms = template[section].map(asList) ?? []
                for t in asList(value) where !transforms.contains(t) { transforms.append(t) }
                template[section] = transforms.count == 1 ? transforms[0] : .array(transforms)
            case "AWSTemplateFormatVersion":
                template[section] = value
            default:
                guard case .object(let entries) = value else {
                    template[section] = value
                    continue
                }
                var existing = template[section]?.objectValue ?? JSONObject()
                for (id, definition) in entries {
                    if existing.contains(id) {
                        throw CDKError("DuplicateLogicalId", "section '\(section)' already contains '\(id)'. Two elements of stack '\(element.stack.node.path)' have the logical id '\(id)' (the second is '\(element.node.path)'); give one of them another id or overrideLogicalId.", at: element)
                    }
                    existing[id] = definition
                }
                template[section] = .object(existing)
            }
        }
    }

    private static func asList(_ value: JSONValue) -> [JSONValue] {
        if case .array(let a) = value { return a }
        return [value]
    }
}
