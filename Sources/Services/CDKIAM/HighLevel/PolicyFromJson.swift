import CDK

extension IAM.PolicyDocument {
    /// The document `json` describes, as a low-level property holds it (the AWS CDK's
    /// `PolicyDocument.fromJson`): each member of its `Statement` list is read by
    /// ``IAM/PolicyStatement/fromJson(_:)``. Other members (`Version`, `Id`) are not kept; the
    /// document writes `Version` `2012-10-17`. A document without `Statement` is empty.
    /// Throws when `json` is not an object (a token, for example) or `Statement` is not a list.
    public static func fromJson(_ json: JSONValue) throws -> IAM.PolicyDocument {
        guard case .object(let object) = json else {
            throw CDKError(code: "PolicyDocumentNotAnObject",
                           message: "A policy document read from JSON must be an object with a 'Statement' list, got \(IAM.jsonText(json)). Pass the document itself, not a token or a string.")
        }
        let statements: [JSONValue]
        switch object["Statement"] {
        case nil, .null?: statements = []
        case .array(let list)?: statements = list
        case let other?:
            throw CDKError(code: "StatementMustBeArray",
                           message: "Statement must be an array: the 'Statement' of a policy document is a list of statements, got \(IAM.jsonText(other)).")
        }
        return IAM.PolicyDocument(statements: try statements.map(IAM.PolicyStatement.fromJson))
    }
}

extension IAM.PolicyStatement {
    /// The statement `json` describes, in IAM's JSON (the AWS CDK's `PolicyStatement.fromJson`):
    /// `Action`, `NotAction`, `Resource` and `NotResource` are a string or a list of strings;
    /// `Principal` and `NotPrincipal` are kept as written (`"*"`, or an object of principal types
    /// to a value or a list); `Condition` is an object of operators; `Effect` is `Allow`
    /// (the default) or `Deny`; `Sid` a string.
    /// Throws for other shapes, and when the statement is invalid in any policy (no action, an
    /// action that is not `service:Action`).
    public static func fromJson(_ json: JSONValue) throws -> IAM.PolicyStatement {
        guard case .object(let object) = json else {
            throw CDKError(code: "PolicyStatementNotAnObject",
                           message: "A policy statement read from JSON must be an object (with 'Effect', 'Action', ...), got \(IAM.jsonText(json)).")
        }
        for (element, opposite) in [("Action", "NotAction"), ("Resource", "NotResource"), ("Principal", "NotPrincipal")]
        where object[element] != nil && object[opposite] != nil {
            throw CDKError(code: "IncorrectPolicyStatement",
                           message: "Incorrect Policy Statement: it has both '\(element)' and '\(opposite)'; keep one of them.")
        }
        var effect = IAM.Effect.allow
        if let value = object["Effect"] {
            guard case .string(let text) = value, let given = IAM.Effect(rawValue: text) else {
                throw CDKError(code: "IncorrectPolicyStatement",
                               message: "Incorrect Policy Statement: 'Effect' must be \"Allow\" or \"Deny\", got \(IAM.jsonText(value)).")
            }
            effect = given
        }
        var sid: String?
        if let value = object["Sid"] {
            guard case .string(let text) = value else {
                throw CDKError(code: "IncorrectPolicyStatement",
                               message: "Incorrect Policy Statement: 'Sid' must be a string, got \(IAM.jsonText(value)).")
            }
            sid = text
        }
        var conditions: JSONObject = [:]
        if let value = object["Condition"] {
            guard case .object(let operators) = value, operators.allSatisfy({ $0.value.objectValue != nil }) else {
                throw CDKError(code: "IncorrectPolicyStatement",
                               message: "Incorrect Policy Statement: 'Condition' must be an object of operators to objects of keys and values (such as {\"Bool\": {\"aws:SecureTransport\": \"true\"}}), got \(IAM.jsonText(value)).")
            }
            conditions = operators
        }
        let statement = IAM.PolicyStatement(
            effect: effect,
            actions: try strings(object["Action"], element: "Action"),
            notActions: try strings(object["NotAction"], element: "NotAction"),
            resources: try strings(object["Resource"], element: "Resource"),
            notResources: try strings(object["NotResource"], element: "NotResource"),
            principals: try object["Principal"].map { [try IAM.JsonPrincipal($0, element: "Principal")] } ?? [],
            notPrincipals: try object["NotPrincipal"].map { [try IAM.JsonPrincipal($0, element: "NotPrincipal")] } ?? [],
            conditions: conditions,
            sid: sid)
        let errors = statement.validateForAnyPolicy()
        if !errors.isEmpty {
            throw CDKError(code: "IncorrectPolicyStatement", message: "Incorrect Policy Statement: " + errors.joined(separator: "\n"))
        }
        return statement
    }

    /// The values of `Action`, `Resource` and their opposites: a string or a list of strings.
    private static func strings(_ value: JSONValue?, element: String) throws -> [String] {
        switch value {
        case nil: return []
        case .string(let text)?: return [text]
        case .array(let list)?:
            return try list.map { item in
                guard case .string(let text) = item else { throw fieldError(element, value) }
                return text
            }
        default: throw fieldError(element, value)
        }
    }

    private static func fieldError(_ element: String, _ value: JSONValue?) -> CDKError {
        CDKError(code: "MustBeFieldsEitherString",
                 message: "Fields must be either a string or an array of strings: '\(element)' is \(value.map(IAM.jsonText) ?? "missing").")
    }
}

extension IAM {
    /// A principal read from a statement's JSON (the AWS CDK's `JsonPrincipal`): written back
    /// as it was, `"*"` as the literal string.
    final class JsonPrincipal: PrincipalBase {
        private let fragment: PrincipalPolicyFragment
        private let json: JSONValue

        init(_ json: JSONValue, element: String) throws {
            self.json = json
            switch json {
            case .string(let text):
                fragment = PrincipalPolicyFragment(principalJSON: [(StarPrincipal.literalKey, [text])])
            case .object(let object):
                fragment = PrincipalPolicyFragment(principalJSON: object.map { key, value in
                    (key, Self.values(value))
                })
            default:
                throw CDKError(code: "IncorrectPolicyStatement",
                               message: "JSON IAM principal should be an object, got \(IAM.jsonText(json)) for '\(element)'. Write a principal as \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}.")
            }
            super.init()
        }

        /// A principal type's value: a string or a list; other values (intrinsics) as tokens.
        private static func values(_ value: JSONValue) -> [String] {
            switch value {
            case .string(let text): return [text]
            case .array(let list): return list.flatMap(values)
            default: return [Token.asString(Intrinsic(value))]
            }
        }

        override var policyFragment: PrincipalPolicyFragment { fragment }

        override var dedupeString: String? { "JsonPrincipal:" + IAM.jsonText(json) }
    }

    /// `value` as compact JSON text, for messages.
    static func jsonText(_ value: JSONValue) -> String {
        if case .string(let text) = value, Token.isUnresolved(text) { return "a token (\(text))" }
        return "\(value)"
    }
}
