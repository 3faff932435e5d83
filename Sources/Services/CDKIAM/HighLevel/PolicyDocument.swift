import CDK

extension IAM {
    /// An IAM policy document: a list of statements, rendered as
    /// `{"Statement": [...], "Version": "2012-10-17"}` when the template is written, so statements
    /// added later (by grants) are included. Identical statements are written once.
    public final class PolicyDocument: Resolvable, JSONValueConvertible {
        /// The statements, in the order they were added.
        @exclusivity(unchecked) public internal(set) var statements: [PolicyStatement] = []
        /// Whether statements get their index as `Sid` (`"0"`, `"1"`, ...), as SNS topic policies need.
        public let assignSids: Bool
        /// Whether statements that can be combined are merged (and their lists sorted), as the
        /// AWS CDK's `minimize`; `nil` follows the `@aws-cdk/aws-iam:minimizePolicies` flag.
        public let minimize: Bool?

        /// A document with `statements`.
        public init(statements: [PolicyStatement] = [], assignSids: Bool = false, minimize: Bool? = nil) {
            self.statements = statements
            self.assignSids = assignSids
            self.minimize = minimize
        }

        /// Whether the document merges its statements when rendered for `scope`.
        func shouldMerge(in scope: Construct) -> Bool {
            minimize ?? FeatureFlags.of(scope).isEnabled(ContextKey.minimizePolicies)
        }

        /// Adds statements.
        public func addStatements(_ statements: PolicyStatement...) { self.statements += statements }

        /// Adds statements.
        public func addStatements(_ statements: [PolicyStatement]) { self.statements += statements }

        /// Whether the document has no statements.
        public var isEmpty: Bool { statements.isEmpty }

        /// The number of statements.
        public var statementCount: Int { statements.count }

        /// The document as a value for a template property.
        public var jsonValue: JSONValue { .string(Token.asString(self)) }

        public var displayHint: String { "PolicyDocument" }

        /// Renders the document: statements are merged where the document minimizes, resolved,
        /// identical ones dropped, and (when minimizing) their actions, resources and
        /// principals sorted, as the AWS CDK renders it.
        public func resolve(_ context: ResolveContext) throws -> JSONValue? {
            let merge = shouldMerge(in: context.scope)
            if merge { statements = PolicyMerge.merge(statements, combinable: true).map(\.statement) }
            if statements.isEmpty { return nil }
            // Documents hold few statements, and different statements differ early, so a linear
            // search is cheaper than hashing every resolved statement.
            var unique: [JSONValue] = []
            unique.reserveCapacity(statements.count)
            for statement in statements {
                guard let resolved = try context.resolve(statement.toStatementJSON()) else { continue }
                if !unique.contains(resolved) { unique.append(resolved) }
            }
            if assignSids || merge {
                unique = unique.enumerated().map { index, statement in
                    guard case .object(var object) = statement else { return statement }
                    if assignSids && object["Sid"] == nil { object["Sid"] = .string(String(index)) }
                    if merge { PolicyMerge.sortLists(of: &object) }
                    return .object(object)
                }
            }
            return ["Statement": .array(unique), "Version": "2012-10-17"]
        }

        /// Problems of the statements for an identity policy.
        public func validateForIdentityPolicy() -> [String] { statements.flatMap { $0.validateForIdentityPolicy() } }

        /// Problems of the statements for a role's trust policy.
        public func validateForTrustPolicy() -> [String] { statements.flatMap { $0.validateForTrustPolicy() } }

        /// Problems of the statements for any policy.
        public func validateForAnyPolicy() -> [String] { statements.flatMap { $0.validateForAnyPolicy() } }

        /// Problems of the statements for a resource policy.
        public func validateForResourcePolicy() -> [String] { statements.flatMap { $0.validateForResourcePolicy() } }
    }
}
