import CDK

extension IAM {
    /// An IAM policy document: a list of statements, rendered as
    /// `{"Statement": [...], "Version": "2012-10-17"}` when the template is written, so statements
    /// added later (by grants) are included. Identical statements are written once.
    public final class PolicyDocument: Resolvable, JSONValueConvertible {
        /// The statements, in the order they were added.
        public internal(set) var statements: [PolicyStatement] = []
        /// Whether statements get their index as `Sid` (`"0"`, `"1"`, ...), as SNS topic policies need.
        public let assignSids: Bool

        /// A document with `statements`.
        public init(statements: [PolicyStatement] = [], assignSids: Bool = false) {
            self.statements = statements
            self.assignSids = assignSids
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

        /// Renders the document: statements are resolved, then identical ones are dropped.
        public func resolve(_ context: ResolveContext) throws -> JSONValue? {
            if statements.isEmpty { return nil }
            // Documents hold few statements, and different statements differ early, so a linear
            // search is cheaper than hashing every resolved statement.
            var unique: [JSONValue] = []
            unique.reserveCapacity(statements.count)
            for statement in statements {
                guard let resolved = try context.resolve(statement.toStatementJSON()) else { continue }
                if !unique.contains(resolved) { unique.append(resolved) }
            }
            if assignSids {
                unique = unique.enumerated().map { index, statement in
                    guard case .object(var object) = statement else { return statement }
                    if object["Sid"] == nil { object["Sid"] = .string(String(index)) }
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
