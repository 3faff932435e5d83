/// A template condition, used by resources, outputs and `Fn::If`.
///
/// ```swift
/// let isProd = try CfnCondition(stack, "IsProd", expression: Fn.conditionEquals(env.valueAsString, "prod"))
/// ```
public final class CfnCondition: CfnElement {
    /// The condition's expression.
    public var expression: ConditionExpression?

    /// A condition with `expression`.
    public init(_ scope: Construct, _ id: String, expression: ConditionExpression? = nil) throws {
        self.expression = expression
        try super.init(scope, id)
    }

    /// `{"Condition": logicalId}`, for use inside other condition expressions.
    public var reference: ConditionExpression {
        ConditionExpression(["Condition": .string(logicalId)])
    }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CfnCondition") }

    override func renderFragment(_ resolver: Resolver) throws -> JSONObject {
        guard let expression else { return [:] }
        return try fragment(section: "Conditions", expression.jsonValue, resolver)
    }
}
