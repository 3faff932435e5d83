/// A template rule: assertions on parameter values checked before deployment.
public final class CfnRule: CfnElement {
    /// One assertion of a rule.
    public struct Assertion {
        /// The condition that must hold.
        public var assert: ConditionExpression
        /// The message shown when it does not.
        public var assertDescription: String

        /// An assertion that `assert` holds.
        public init(assert: ConditionExpression, assertDescription: String) {
            self.assert = assert
            self.assertDescription = assertDescription
        }
    }

    /// When the rule applies; always when `nil`.
    public var ruleCondition: ConditionExpression?
    /// The assertions.
    public private(set) var assertions: [Assertion]

    /// A rule with `assertions` that apply when `ruleCondition` holds.
    public init(_ scope: Construct, _ id: String, ruleCondition: ConditionExpression? = nil, assertions: [Assertion] = []) throws {
        self.ruleCondition = ruleCondition
        self.assertions = assertions
        try super.init(scope, id)
    }

    /// Adds an assertion.
    public func addAssertion(_ condition: ConditionExpression, _ description: String) {
        assertions.append(Assertion(assert: condition, assertDescription: description))
    }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CfnRule") }

    override func renderFragment(_ resolver: Resolver) throws -> JSONObject {
        var definition = JSONObject()
        if let ruleCondition { definition["RuleCondition"] = ruleCondition.jsonValue }
        if !assertions.isEmpty {
            definition["Assertions"] = .array(assertions.map {
                ["Assert": $0.assert.jsonValue, "AssertDescription": .string($0.assertDescription)]
            })
        }
        return try fragment(section: "Rules", .object(definition), resolver)
    }
}
