import CDK

extension IAM.PolicyStatement {
    /// The problems of the statement's literal values that IAM refuses at deployment: actions
    /// without a service prefix (the AWS CDK's check of `addActions`) and principals that are
    /// not principals (an ARN that is no ARN, an empty service, an account id that is not 12
    /// digits). Tokens pass: they are known only at deployment.
    func valueProblems() -> [String] {
        var problems: [String] = []
        for action in actions + notActions where !Self.isValidAction(action) {
            problems.append("Action '\(action)' is invalid. An action string consists of a service namespace, a colon, and the name of an action (such as 's3:GetObject'). Action names can include wildcards.")
        }
        for (key, values) in principalJSONEntries + notPrincipalJSONEntries {
            for value in values {
                if let problem = Self.principalProblem(key: key, value: value) { problems.append(problem) }
            }
        }
        return problems
    }

    /// `*`, or `service:Action` with letters, digits and `*` in the action (the AWS CDK's pattern
    /// `^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$`).
    static func isValidAction(_ action: String) -> Bool {
        if action == "*" || Token.isUnresolved(action) { return true }
        let parts = action.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return parts[0].unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" }
            && parts[1].unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "*" }
    }

    /// What is wrong with one value of the `Principal` element, or `nil`.
    static func principalProblem(key: String, value: String) -> String? {
        switch key {
        case "Service":
            if value.isEmpty { return "A service principal has an empty service name. Name the service, such as 'lambda.amazonaws.com'." }
            if !Token.isUnresolved(value) && value.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                return "Service principal '\(value)' is not a service name (it contains spaces). Name the service, such as 'lambda.amazonaws.com'."
            }
        case "AWS":
            if let account = accountInRootArn(value), !Token.isUnresolved(account), !isAccountId(account) {
                return "Account principal '\(account)' is not an AWS account id: an account id is 12 digits, such as '123456789012'."
            }
            if Token.isUnresolved(value) || value == "*" || value.hasPrefix("arn:") || isAccountId(value) || isUniqueId(value) { return nil }
            return "Principal '\(value)' is not an ARN: an AWS principal is an ARN (such as 'arn:aws:iam::123456789012:role/Name'), an account id or '*'."
        default:
            break
        }
        return nil
    }

    /// The account of `arn:<partition>:iam::<account>:root`.
    private static func accountInRootArn(_ value: String) -> String? {
        guard value.hasSuffix(":root") else { return nil }
        let head = value.dropLast(5)
        guard let colon = head.lastIndex(of: ":"), head[...colon].hasSuffix(":iam::") else { return nil }
        return String(head[head.index(after: colon)...])
    }

    private static func isAccountId(_ value: String) -> Bool {
        value.utf8.count == 12 && value.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// An IAM unique id (`AIDA...`, `AROA...`): IAM writes these for deleted principals.
    private static func isUniqueId(_ value: String) -> Bool {
        value.utf8.count >= 16 && value.hasPrefix("A") && value.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric && !("a"..."z").contains($0) }
    }
}

private extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
