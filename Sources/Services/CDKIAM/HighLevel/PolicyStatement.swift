import CDK

extension IAM {
    /// Whether a statement allows or denies.
    public enum Effect: String, Sendable {
        /// `Allow`
        case allow = "Allow"
        /// `Deny`
        case deny = "Deny"
    }

    /// One statement of an IAM policy: who may (or may not) do which actions on which resources.
    ///
    /// ```swift
    /// let statement = IAM.PolicyStatement(actions: ["s3:GetObject"], resources: [bucket.arnForObjects("*")])
    /// ```
    public final class PolicyStatement {
        /// `Allow` or `Deny`.
        @exclusivity(unchecked) public var effect: Effect
        /// The statement id.
        @exclusivity(unchecked) public var sid: String?
        @exclusivity(unchecked) public private(set) var actions: [String]
        @exclusivity(unchecked) public private(set) var notActions: [String]
        @exclusivity(unchecked) public private(set) var resources: [String]
        @exclusivity(unchecked) public private(set) var notResources: [String]
        @exclusivity(unchecked) public private(set) var principals: [any Principal]
        @exclusivity(unchecked) public private(set) var notPrincipals: [any Principal]
        @exclusivity(unchecked) private var principalJSON: [(key: String, values: [String])] = []
        @exclusivity(unchecked) private var notPrincipalJSON: [(key: String, values: [String])] = []
        /// The conditions, by operator then key.
        @exclusivity(unchecked) public private(set) var conditions: JSONObject = [:]
        /// The `Principal` element as it stands, for the checks of its values.
        var principalJSONEntries: [(key: String, values: [String])] { principalJSON }
        /// The `NotPrincipal` element as it stands.
        var notPrincipalJSONEntries: [(key: String, values: [String])] { notPrincipalJSON }
        /// Problems of the principals (a composite whose components have conditions).
        @exclusivity(unchecked) private var principalErrors: [String] = []

        /// A statement; every list may also be filled later with the `add...` methods.
        public init(
            effect: Effect = .allow,
            actions: [String] = [],
            notActions: [String] = [],
            resources: [String] = [],
            notResources: [String] = [],
            principals: [any Principal] = [],
            notPrincipals: [any Principal] = [],
            conditions: JSONObject = [:],
            sid: String? = nil
        ) {
            self.effect = effect
            self.sid = sid
            self.actions = []
            self.notActions = []
            self.resources = []
            self.notResources = []
            self.principals = []
            self.notPrincipals = []
            addActions(actions)
            addNotActions(notActions)
            addResources(resources)
            addNotResources(notResources)
            addPrincipals(principals)
            addNotPrincipals(notPrincipals)
            addConditions(conditions)
        }

        /// Adds actions (`s3:GetObject`, `s3:List*`); like every list of a statement, it keeps
        /// the first occurrence of each value, in order.
        public func addActions(_ actions: [String]) { Self.append(actions, to: &self.actions) }
        /// Adds actions.
        public func addActions(_ actions: String...) { addActions(actions) }
        /// Adds actions that the statement does not cover.
        public func addNotActions(_ actions: [String]) { Self.append(actions, to: &notActions) }
        /// Adds resource ARNs.
        public func addResources(_ arns: [String]) { Self.append(arns, to: &resources) }
        /// Adds resource ARNs.
        public func addResources(_ arns: String...) { addResources(arns) }
        /// Adds resource ARNs that the statement does not cover.
        public func addNotResources(_ arns: [String]) { Self.append(arns, to: &notResources) }
        /// Makes the statement cover every resource (`*`).
        public func addAllResources() { Self.append(["*"], to: &resources) }

        private static func append(_ values: [String], to list: inout [String]) {
            // Room for all of them in a new list; a list that grows keeps growing by doubling.
            if list.isEmpty { list.reserveCapacity(values.count) }
            for value in values where !list.contains(value) { list.append(value) }
        }

        /// Adds principals (resource policies only).
        public func addPrincipals(_ principals: [any Principal]) {
            for principal in principals {
                self.principals.append(principal)
                if let composite = principal as? CompositePrincipal { principalErrors += composite.conditionErrors }
                let fragment = principal.policyFragment
                Self.merge(fragment.principalJSON, into: &principalJSON)
                addConditions(fragment.conditions)
            }
        }

        /// Adds principals (resource policies only).
        public func addPrincipals(_ principals: any Principal...) { addPrincipals(principals) }

        /// Adds principals the statement does not cover.
        public func addNotPrincipals(_ principals: [any Principal]) {
            for principal in principals {
                notPrincipals.append(principal)
                let fragment = principal.policyFragment
                Self.merge(fragment.principalJSON, into: &notPrincipalJSON)
                addConditions(fragment.conditions)
            }
        }

        /// Adds `Principal: {"AWS": ["*"]}`.
        public func addAnyPrincipal() { addPrincipals([AnyPrincipal()]) }

        /// Adds a condition: `{operator: {key: value}}`, merged with existing ones for the operator.
        public func addCondition(_ conditionOperator: String, _ value: JSONObject) {
            var existing = conditions[conditionOperator]?.objectValue ?? JSONObject()
            for (key, member) in value { existing[key] = member }
            conditions[conditionOperator] = .object(existing)
        }

        /// Adds conditions, by operator.
        public func addConditions(_ conditions: JSONObject) {
            for (conditionOperator, value) in conditions {
                addCondition(conditionOperator, value.objectValue ?? [:])
            }
        }

        /// Whether the statement names principals.
        public var hasPrincipal: Bool { !principalJSON.isEmpty || !notPrincipalJSON.isEmpty }
        /// Whether the statement names resources.
        public var hasResource: Bool { !resources.isEmpty || !notResources.isEmpty }

        private static func merge(_ fragment: [(key: String, values: [String])], into target: inout [(key: String, values: [String])]) {
            for (key, values) in fragment {
                if let index = target.firstIndex(where: { $0.key == key }) {
                    append(values, to: &target[index].values)
                } else {
                    target.append((key, values))
                }
            }
        }

        /// `document`, a policy document given as JSON (as a low-level property holds it), with
        /// the statement appended and the version set: how grants extend the policy of a
        /// `CfnTopic`, a `CfnQueue` or a `KMS.CfnKey` (the AWS CDK reads such a document with
        /// `PolicyDocument.fromJson` and writes it back with `toJSON`).
        package func appended(to document: JSONValue?) -> JSONValue {
            var statements: [JSONValue] = []
            if case .array(let existing)? = document?["Statement"] { statements = existing }
            statements.append(toStatementJSON())
            return ["Statement": .array(statements), "Version": "2012-10-17"]
        }

        /// The statement as IAM JSON, in the AWS CDK's key order, with one-element lists written
        /// as their element and repeated actions and resources removed.
        public func toStatementJSON() -> JSONValue {
            var statement = JSONObject()
            if let value = Self.normalized(actions) { statement["Action"] = value }
            if let value = Self.normalized(notActions) { statement["NotAction"] = value }
            if !conditions.isEmpty { statement["Condition"] = .object(conditions) }
            statement["Effect"] = .string(effect.rawValue)
            if let value = Self.normalized(principalJSON) { statement["Principal"] = value }
            if let value = Self.normalized(notPrincipalJSON) { statement["NotPrincipal"] = value }
            if let value = Self.normalized(resources) { statement["Resource"] = value }
            if let value = Self.normalized(notResources) { statement["NotResource"] = value }
            if let sid { statement["Sid"] = .string(sid) }
            return .object(statement)
        }

        private static func normalized(_ values: [String]) -> JSONValue? {
            if values.isEmpty { return nil }
            if values.count == 1 { return .string(values[0]) }
            return values.jsonValue
        }

        private static func normalized(_ principals: [(key: String, values: [String])]) -> JSONValue? {
            if principals.isEmpty { return nil }
            if let literal = principals.first(where: { $0.key == StarPrincipal.literalKey }), let value = literal.values.first {
                return .string(value)
            }
            return .object(JSONObject(principals.compactMap { key, values in
                normalized(values).map { (key, $0) }
            }))
        }

        /// Problems that make the statement invalid in any policy.
        public func validateForAnyPolicy() -> [String] {
            var errors = principalErrors + valueProblems()
            if actions.isEmpty && notActions.isEmpty {
                errors.append("A PolicyStatement must specify at least one 'action' or 'notAction'.")
            }
            return errors
        }

        /// Problems that make the statement invalid in an identity policy (a role's or user's).
        public func validateForIdentityPolicy() -> [String] {
            var errors = validateForAnyPolicy()
            if hasPrincipal {
                errors.append("A PolicyStatement used in an identity-based policy cannot specify any IAM principals.")
            }
            if !hasResource {
                errors.append("A PolicyStatement used in an identity-based policy must specify at least one resource.")
            }
            return errors
        }

        /// Problems that make the statement invalid in a resource policy.
        public func validateForResourcePolicy() -> [String] {
            var errors = validateForAnyPolicy()
            if !hasPrincipal {
                errors.append("A PolicyStatement used in a resource-based policy must specify at least one IAM principal.")
            }
            return errors
        }

        /// Problems that make the statement invalid in a role's trust policy.
        public func validateForTrustPolicy() -> [String] {
            var errors = validateForAnyPolicy()
            if !hasPrincipal {
                errors.append("A PolicyStatement used in a trust policy must specify at least one IAM principal.")
            }
            return errors
        }

        /// A copy that can be changed independently.
        public func copy() -> PolicyStatement {
            PolicyStatement(effect: effect, actions: actions, notActions: notActions, resources: resources,
                            notResources: notResources, principals: principals, notPrincipals: notPrincipals,
                            conditions: conditions, sid: sid)
        }
    }
}
