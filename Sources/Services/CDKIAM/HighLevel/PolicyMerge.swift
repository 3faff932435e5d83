import CDK

extension IAM {
    /// The AWS CDK's merging of policy statements (`@aws-cdk/aws-iam:minimizePolicies`).
    enum PolicyMerge {
        /// A statement after merging, with the statements, as added, it stands for.
        struct Merged {
            var statement: PolicyStatement
            var originals: [PolicyStatement]
        }

        /// The largest merged statement made when a policy is split (larger ones could not be
        /// divided over managed policies).
        static let maxMergedSize = 2000

        /// Merges `statements` pair by pair until nothing changes. With `combinable`, two
        /// statements merge when they differ in only one of actions, resources and principals
        /// (same effect and conditions, no `Sid`, equal `Not...` lists); otherwise only equal
        /// statements merge. With `sizeLimit`, no merged statement grows past ``maxMergedSize``.
        static func merge(_ statements: [PolicyStatement], combinable: Bool, sizeLimit: SizeEstimate? = nil) -> [Merged] {
            var merged = statements.map { Merged(statement: $0, originals: [$0]) }
            var changed = true
            while changed {
                changed = false
                var i = 0
                while i < merged.count {
                    var j = i + 1
                    while j < merged.count {
                        let result = combinable
                            ? combine(merged[i].statement, merged[j].statement, sizeLimit: sizeLimit)
                            : (merged[i].statement.isEquivalent(to: merged[j].statement) ? merged[i].statement : nil)
                        if let result {
                            merged[i] = Merged(statement: result, originals: merged[i].originals + merged[j].originals)
                            merged.remove(at: j)
                            changed = true
                        } else {
                            j += 1
                        }
                    }
                    i += 1
                }
            }
            return merged
        }

        /// `a` and `b` as one statement, if they can be.
        private static func combine(_ a: PolicyStatement, _ b: PolicyStatement, sizeLimit: SizeEstimate?) -> PolicyStatement? {
            guard a.effect == b.effect, a.sid == nil, b.sid == nil, a.conditions == b.conditions,
                  PolicyStatement.sameSet(a.notActions, b.notActions), PolicyStatement.sameSet(a.notResources, b.notResources),
                  PolicyStatement.samePrincipals(a.notPrincipals, b.notPrincipals) else { return nil }
            let equal = [PolicyStatement.sameSet(a.actions, b.actions), PolicyStatement.sameSet(a.resources, b.resources),
                         PolicyStatement.samePrincipals(a.principals, b.principals)].filter { $0 }.count
            if equal < 2 || hasLiteralPrincipal(a) != hasLiteralPrincipal(b) { return nil }
            let combined = PolicyStatement(effect: a.effect, actions: union(a.actions, b.actions), notActions: a.notActions,
                                           resources: union(a.resources, b.resources), notResources: a.notResources,
                                           principals: unionOfPrincipals(a.principals, b.principals), notPrincipals: a.notPrincipals,
                                           conditions: a.conditions)
            if let sizeLimit, combined.estimatedSize(sizeLimit) > maxMergedSize { return nil }
            return combined
        }

        /// `Principal: "*"` and `Principal: {"AWS": "*"}` differ subtly: they never merge.
        private static func hasLiteralPrincipal(_ statement: PolicyStatement) -> Bool {
            statement.principals.contains { principal in principal.policyFragment.principalJSON.contains { $0.key == StarPrincipal.literalKey } }
        }

        /// The values of both, once each, sorted as JavaScript sorts strings.
        private static func union(_ a: [String], _ b: [String]) -> [String] {
            var values: [String] = []
            for value in a + b where !values.contains(value) { values.append(value) }
            return values.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        }

        /// Principals with a text once each (the later one wins), then those without, as the
        /// AWS CDK merges them.
        private static func unionOfPrincipals(_ a: [any Principal], _ b: [any Principal]) -> [any Principal] {
            var keyed: [(key: String, principal: any Principal)] = []
            var others: [any Principal] = []
            for principal in a + b {
                if let key = principal.dedupeString {
                    if let index = keyed.firstIndex(where: { $0.key == key }) { keyed[index].principal = principal }
                    else { keyed.append((key, principal)) }
                }
            }
            for principal in a where principal.dedupeString == nil { others.append(principal) }
            for principal in b where principal.dedupeString == nil { others.append(principal) }
            return keyed.map(\.principal) + others
        }

        /// Sorts a rendered statement's `Action`, `Resource` and `Principal` (keys and values) by
        /// their JSON text, once each, a single value written as itself.
        static func sortLists(of statement: inout JSONObject) {
            if let action = statement["Action"] { statement["Action"] = sortedByJSON(action) }
            if let resource = statement["Resource"] { statement["Resource"] = sortedByJSON(resource) }
            if case .object(let principal)? = statement["Principal"] {
                var sorted = JSONObject()
                for key in principal.keys.sorted(by: { $0.utf16.lexicographicallyPrecedes($1.utf16) }) {
                    if let value = principal[key] { sorted[key] = sortedByJSON(value) }
                }
                statement["Principal"] = .object(sorted)
            }
        }

        private static func sortedByJSON(_ value: JSONValue) -> JSONValue {
            guard case .array(let values) = value else { return value }
            var byText: [(text: String, value: JSONValue)] = []
            for value in values {
                let text = JSONWriter.compact(value)
                if let index = byText.firstIndex(where: { $0.text == text }) { byText[index].value = value } else { byText.append((text, value)) }
            }
            let sorted = byText.sorted { $0.text.utf16.lexicographicallyPrecedes($1.text.utf16) }.map(\.value)
            return sorted.count == 1 ? sorted[0] : .array(sorted)
        }
    }
}
