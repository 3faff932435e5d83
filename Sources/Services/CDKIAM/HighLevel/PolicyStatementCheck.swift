import CDK

extension IAM.PolicyStatement {
    /// The problems of the statement's literal values that IAM refuses at deployment: actions
    /// without a service prefix (the AWS CDK's check of `addActions`) and principals that are
    /// not principals (an ARN that is no ARN, an empty service, an account id that is not 12
    /// digits). Tokens pass: they are known only at deployment.
    func valueProblems() -> [String] {
        var problems: [String] = []
        // Each list on its own: every statement is checked, and joined lists would be copies.
        for list in [actions, notActions] {
            for action in list where !Self.isValidAction(action) {
                problems.append("Action '\(action)' is invalid. An action string consists of a service namespace, a colon, and the name of an action (such as 's3:GetObject'). Action names can include wildcards.")
            }
        }
        for entries in [principalJSONEntries, notPrincipalJSONEntries] {
            for (key, values) in entries {
                for value in values {
                    if let problem = Self.principalProblem(key: key, value: value) { problems.append(problem) }
                }
            }
        }
        return problems
    }

    /// `*`, or `service:Action` with letters, digits and `*` in the action (the AWS CDK's pattern
    /// `^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$`).
    static func isValidAction(_ action: String) -> Bool {
        // Over the UTF-8 bytes in one buffer: every action of every statement is checked. The
        // pattern is tested first, as almost every action matches it; a token never does.
        let matches = action.withUTF8Bytes { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < bytes.count else { return false }
            return bytes[..<colon].allSatisfy { $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "-") }
                && bytes[(colon + 1)...].allSatisfy { $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "*") }
        }
        return matches || action == "*" || Token.isUnresolved(action)
    }

    /// What is wrong with one value of the `Principal` element, or `nil`.
    static func principalProblem(key: String, value: String) -> String? {
        switch key {
        case "Service":
            if value.isEmpty { return "A service principal has an empty service name. Name the service, such as 'lambda.amazonaws.com'." }
            if !Token.isUnresolved(value) && containsWhitespace(value) {
                return "Service principal '\(value)' is not a service name (it contains spaces). Name the service, such as 'lambda.amazonaws.com'."
            }
        // AWS principals are not checked: the AWS CDK accepts any text there (its own tests
        // use 'arn' and short account ids), and templates must stay equal to its output.
        default:
            break
        }
        return nil
    }

    /// Whether `text` holds white space (ASCII text, the usual case, is read as bytes).
    private static func containsWhitespace(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }
        }
        return text.unicodeScalars.contains { $0.properties.isWhitespace }
    }
}
