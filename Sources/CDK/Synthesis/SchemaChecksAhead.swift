/// The schema checks of a stack's resources (``PendingSchemaCheck``), run in the background
/// once the stack's elements are rendered, while the next stacks render. The validation step
/// takes their messages and reports them with the other errors.
enum SchemaChecksAhead {
    /// The messages of each resource with a violation, by resource.
    typealias Messages = [ObjectIdentifier: [String]]

    /// Starts the checks `elements` prepared when they were rendered (and takes them from the
    /// elements); `nil` when none did.
    static func start(for elements: [CfnElement]) -> BackgroundValue<Messages>? {
        var checks: [PendingSchemaCheck] = []
        for case let resource as CfnResource in elements {
            if let check = resource.pendingSchemaCheck { checks.append(check) }
            resource.pendingSchemaCheck = nil
        }
        if checks.isEmpty { return nil }
        return BackgroundValue { [checks] in
            var found: Messages = [:]
            for check in checks {
                let messages = check.messages()
                if !messages.isEmpty { found[check.resource, default: []] += messages }
            }
            return found
        }
    }
}
