/// CloudFormation's template quotas, checked at synthesis so that a deployment does not fail
/// on them later.
enum TemplateLimits {
    static let maxResources = 500
    static let maxOutputs = 200
    static let maxParameters = 200
    static let maxMappings = 200
    static let maxLogicalIdLength = 255
    static let maxTemplateBytes = 1_000_000
    static let maxOutputDescriptionBytes = 1024

    /// Checks the number of entries per section, the logical ids, and the outputs' export
    /// names and descriptions.
    static func check(_ template: JSONObject, stack: Stack) throws {
        let counts: [(section: String, limit: Int, fix: String)] = [
            ("Resources", maxResources, "Split the stack into several stacks (or use nested stacks)."),
            ("Outputs", maxOutputs, "Remove outputs, or split the stack."),
            ("Parameters", maxParameters, "Remove parameters, or split the stack."),
            ("Mappings", maxMappings, "Merge mappings, or split the stack."),
        ]
        for (section, limit, fix) in counts {
            let count = template[section]?.objectValue?.count ?? 0
            if count > limit {
                throw CDKError("TemplateLimitExceeded", "Number of \(section.lowercased()) in stack '\(stack.node.path)': \(count) is greater than allowed maximum of \(limit). \(fix)", at: stack)
            }
        }
        for section in ["Resources", "Outputs", "Parameters", "Mappings", "Conditions", "Rules"] {
            for (id, _) in template[section]?.objectValue ?? [:] {
                let valid = !id.isEmpty && id.utf8.count <= maxLogicalIdLength && ByteSearch.allBytes(of: id, satisfy: \.isASCIILetterOrDigit)
                if !valid {
                    let element = stack.element(withLogicalId: id)
                    throw CDKError("InvalidLogicalId", "Logical id '\(id)'\(element.map { " of '\($0.node.path)'" } ?? "") in section '\(section)' of stack '\(stack.node.path)' must match /^[A-Za-z0-9]{1,255}$/. Override it with overrideLogicalId, or change the construct id.", at: element ?? stack)
                }
            }
        }
        for (id, output) in template["Outputs"]?.objectValue ?? [:] {
            if case .string(let name)? = output["Export"]?["Name"], name.count > 255 {
                throw CDKError("InvalidExportName", "Export name of output '\(id)' is \(name.count) characters long; CloudFormation allows at most 255. Shorten it.", at: stack.element(withLogicalId: id) ?? stack)
            }
            if case .string(let description)? = output["Description"], description.utf8.count > maxOutputDescriptionBytes {
                throw CDKError("InvalidDescription", "The description of output '\(id)' is \(description.utf8.count) bytes long; CloudFormation allows at most \(maxOutputDescriptionBytes). Shorten it.", at: stack.element(withLogicalId: id) ?? stack)
            }
        }
    }

    /// Whether a template file with this text is within CloudFormation's size limit.
    static func isWithinSize(_ text: String) -> Bool {
        text.utf8.count <= maxTemplateBytes
    }

    /// Checks the size of the template file.
    static func checkSize(of text: String, stack: Stack) throws {
        if !isWithinSize(text) {
            let bytes = text.utf8.count
            throw CDKError("TemplateTooLarge", "The template of stack '\(stack.node.path)' is \(bytes) bytes; CloudFormation accepts at most \(maxTemplateBytes) bytes. Split the stack into several stacks.", at: stack)
        }
    }
}
