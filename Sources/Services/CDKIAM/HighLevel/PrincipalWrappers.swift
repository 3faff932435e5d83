import CDK

extension IAM {
    /// Several principals as one: their fragments are merged. In a trust policy, each
    /// principal gets its own statement. Its components may not have conditions.
    public final class CompositePrincipal: PrincipalBase {
        /// The principals.
        public private(set) var principals: [any Principal]

        /// A principal made of `principals`; it assumes roles with the first one's action.
        public init(_ principals: any Principal...) {
            self.principals = principals
        }

        /// Adds principals.
        public func addPrincipals(_ more: any Principal...) { principals += more }

        public override var assumeRoleAction: String { principals.first?.assumeRoleAction ?? "sts:AssumeRole" }

        /// The merged fragments. Conditions of components are not part of it: a statement that
        /// names the composite reports them as an error (see ``conditionErrors``).
        public override var policyFragment: PrincipalPolicyFragment {
            var merged: [(key: String, values: [String])] = []
            for principal in principals {
                for (key, values) in principal.policyFragment.principalJSON {
                    if let index = merged.firstIndex(where: { $0.key == key }) { merged[index].values += values }
                    else { merged.append((key, values)) }
                }
            }
            return PrincipalPolicyFragment(principalJSON: merged)
        }

        /// The AWS CDK's error for each component that has conditions.
        var conditionErrors: [String] {
            principals.compactMap { principal in
                let fragment = principal.policyFragment
                guard !fragment.conditions.isEmpty else { return nil }
                let json: JSONValue = ["principalJson": .object(JSONObject(fragment.principalJSON.map { ($0.key, $0.values.jsonValue) })),
                                       "conditions": .object(fragment.conditions)]
                return "Components of a CompositePrincipal must not have conditions. Tried to add the following fragment: \(JSONWriter.compact(json)). Name the principals in separate statements instead."
            }
        }

        /// One trust statement per component, in order.
        public override func assumeRoleStatements() -> [PolicyStatement] {
            principals.flatMap { $0.assumeRoleStatements() }
        }

        public override var dedupeString: String? {
            let inner = principals.map(\.dedupeString)
            if inner.contains(where: { $0 == nil }) { return nil }
            return "CompositePrincipal[" + inner.compactMap { $0 }.joined(separator: ",") + "]"
        }
    }

    /// A principal with conditions added to every statement that names it (the AWS CDK's
    /// `PrincipalWithConditions`); conditions of the same operator are merged with the
    /// principal's own.
    public final class PrincipalWithConditions: PrincipalBase {
        /// The principal the conditions apply to.
        public let wrapped: any Principal
        private var additionalConditions: JSONObject = [:]

        /// `principal` with `conditions`.
        public init(_ principal: any Principal, conditions: JSONObject) {
            wrapped = principal
            super.init()
            addConditions(conditions)
        }

        /// Adds a condition: `{operator: {key: value}}`, merged with an existing one of the operator.
        public func addCondition(_ conditionOperator: String, _ value: JSONObject) {
            var existing = additionalConditions[conditionOperator]?.objectValue ?? [:]
            for (key, member) in value { existing[key] = member }
            additionalConditions[conditionOperator] = .object(existing)
        }

        /// Adds conditions, by operator.
        public func addConditions(_ conditions: JSONObject) {
            for (conditionOperator, value) in conditions { addCondition(conditionOperator, value.objectValue ?? [:]) }
        }

        /// The principal's own conditions merged with the added ones.
        public var conditions: JSONObject {
            var merged = wrapped.policyFragment.conditions
            for (conditionOperator, value) in additionalConditions {
                var members = merged[conditionOperator]?.objectValue ?? [:]
                for (key, member) in value.objectValue ?? [:] { members[key] = member }
                merged[conditionOperator] = .object(members)
            }
            return merged
        }

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: wrapped.policyFragment.principalJSON, conditions: conditions)
        }

        public override var assumeRoleAction: String { wrapped.assumeRoleAction }
        public override var principalAccount: String? { wrapped.principalAccount }

        public override func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            try wrapped.addToPrincipalPolicy(statement)
        }

        /// The principal's trust statements with its action and these conditions.
        public override func assumeRoleStatements() -> [PolicyStatement] {
            let conditions = self.conditions
            return wrapped.assumeRoleStatements().map { statement in
                statement.addActions(wrapped.assumeRoleAction)
                statement.addConditions(conditions)
                return statement
            }
        }

        public override var dedupeString: String? {
            wrapped.dedupeString.map { "PrincipalWithConditions:\($0):" + JSONWriter.compact(.object(conditions)) }
        }
    }

    /// A principal that may pass session tags when it assumes a role: its trust statements
    /// also allow `sts:TagSession` (the AWS CDK's `SessionTagsPrincipal`).
    public final class SessionTagsPrincipal: PrincipalBase {
        /// The principal.
        public let wrapped: any Principal

        /// `principal`, allowed to tag sessions.
        public init(_ principal: any Principal) {
            wrapped = principal
        }

        public override var policyFragment: PrincipalPolicyFragment { wrapped.policyFragment }
        public override var assumeRoleAction: String { wrapped.assumeRoleAction }
        public override var principalAccount: String? { wrapped.principalAccount }

        public override func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            try wrapped.addToPrincipalPolicy(statement)
        }

        /// The principal's trust statements, with `sts:TagSession` added.
        public override func assumeRoleStatements() -> [PolicyStatement] {
            wrapped.assumeRoleStatements().map { statement in
                statement.addActions("sts:TagSession")
                return statement
            }
        }

        public override var dedupeString: String? { wrapped.dedupeString.map { "SessionTagsPrincipal:\($0):" } }
    }
}
