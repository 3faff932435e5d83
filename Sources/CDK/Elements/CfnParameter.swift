/// A template parameter: a value given when the stack is deployed.
///
/// ```swift
/// let env = try CfnParameter(stack, "Environment", type: "String", default: "dev",
///                            allowedValues: ["dev", "prod"])
/// let name = "app-\(env.valueAsString)"
/// ```
public final class CfnParameter: CfnRefElement {
    /// The parameter type (`String`, `Number`, `List<Number>`, `AWS::EC2::VPC::Id`, ...).
    public var type: String
    /// The value used when none is given.
    public var `default`: JSONValue?
    /// A regular expression the value must match.
    public var allowedPattern: String?
    /// The values allowed.
    public var allowedValues: [String]?
    /// The message shown when a constraint fails.
    public var constraintDescription: String?
    /// A description of the parameter.
    public var description: String?
    /// The maximum length of a string value.
    public var maxLength: Double?
    /// The largest numeric value.
    public var maxValue: Double?
    /// The minimum length of a string value.
    public var minLength: Double?
    /// The smallest numeric value.
    public var minValue: Double?
    /// Whether the value is masked in the console and API.
    public var noEcho: Bool?

    /// A parameter of `type` (default `String`).
    public init(
        _ scope: Construct, _ id: String,
        type: String = "String",
        default defaultValue: JSONValue? = nil,
        allowedPattern: String? = nil,
        allowedValues: [String]? = nil,
        constraintDescription: String? = nil,
        description: String? = nil,
        maxLength: Double? = nil,
        maxValue: Double? = nil,
        minLength: Double? = nil,
        minValue: Double? = nil,
        noEcho: Bool? = nil
    ) throws {
        self.type = type
        self.default = defaultValue
        self.allowedPattern = allowedPattern
        self.allowedValues = allowedValues
        self.constraintDescription = constraintDescription
        self.description = description
        self.maxLength = maxLength
        self.maxValue = maxValue
        self.minLength = minLength
        self.minValue = minValue
        self.noEcho = noEcho
        try super.init(scope, id)
        if let problem = CfnTypeNames.parameterTypeProblem(type) { throw CDKError("InvalidParameterType", problem, at: self) }
    }

    /// The parameter's value as a string token.
    public var valueAsString: String { ref }

    /// The parameter's value as a number token.
    public var valueAsNumber: Double { Token.asNumber(reference(nil, typeHint: .number)) }

    /// The parameter's value as a list token (for `List<...>` and `CommaDelimitedList` types).
    public var valueAsList: [String] { Token.asList(reference(nil, typeHint: .stringList)) }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CfnParameter") }

    override func renderFragment(_ resolver: Resolver) throws -> JSONObject {
        if let problem = CfnTypeNames.parameterTypeProblem(type) { throw CDKError("InvalidParameterType", problem, at: self) }
        var definition: JSONObject = ["Type": .string(type)]
        if let value = self.default { definition["Default"] = value }
        if let allowedPattern { definition["AllowedPattern"] = .string(allowedPattern) }
        if let allowedValues { definition["AllowedValues"] = allowedValues.jsonValue }
        if let constraintDescription { definition["ConstraintDescription"] = .string(constraintDescription) }
        if let description { definition["Description"] = .string(description) }
        if let maxLength { definition["MaxLength"] = .number(maxLength) }
        if let maxValue { definition["MaxValue"] = .number(maxValue) }
        if let minLength { definition["MinLength"] = .number(minLength) }
        if let minValue { definition["MinValue"] = .number(minValue) }
        if let noEcho { definition["NoEcho"] = .bool(noEcho) }
        return try fragment(section: "Parameters", .object(definition), resolver)
    }
}
