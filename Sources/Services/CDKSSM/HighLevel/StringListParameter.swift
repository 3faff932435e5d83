import CDK
import CDKKMS

extension SSM {
    /// A `StringList` parameter, defined in the app (`SSM.StringListParameter`) or imported (the
    /// AWS CDK's `IStringListParameter`).
    public protocol StringListParameterRef: ParameterRef {
        /// The parameter's values (a token list resolved by CloudFormation).
        var stringListValue: [String] { get }
    }

    /// The props of a ``StringListParameter``. They extend ``ParameterOptions``.
    public struct StringListParameterProps: ConstructProps, ExtendingOptions {
        /// The parameter's values, none holding a comma.
        public var stringListValue: [String]
        /// Name, description, pattern (each value must match it) and tier.
        public var options = ParameterOptions()

        /// Props of a parameter holding `stringListValue`.
        public init(stringListValue: [String]) {
            self.stringListValue = stringListValue
        }
    }

    /// A StringList parameter in Systems Manager Parameter Store (`AWS::SSM::Parameter`): its
    /// values joined by commas.
    ///
    /// ```swift
    /// let zones = try SSM.StringListParameter(stack, "Zones", .init(stringListValue: ["a", "b"])) { $0.parameterName = "/net/zones" }
    /// ```
    public final class StringListParameter: Resource, StringListParameterRef {
        /// String list parameters are not encrypted.
        public var encryptionKey: (any KMS.KeyRef)? { nil }
        /// The parameter's CloudFormation resource.
        public let cfnParameter: CDKSSM.SSM.CfnParameter

        /// A parameter holding `props.stringListValue`.
        public init(_ scope: Construct, _ id: String, _ props: StringListParameterProps,
                    configure: (inout StringListParameterProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            if let value = props.stringListValue.first(where: { !Token.isUnresolved($0) && $0.contains(",") }) {
                throw CDKError("StringListValueWithComma", "Values of a StringList SSM Parameter cannot contain the ',' character. Use a string parameter instead (got '\(value)').", at: this)
            }
            try SSM.check(props.options, values: Token.isUnresolved(props.stringListValue) ? [] : props.stringListValue, at: this)
            cfnParameter = try CDKSSM.SSM.CfnParameter(this, "Resource", allowedPattern: props.allowedPattern, description: props.description,
                                                       name: props.parameterName, tier: props.tier?.rawValue, type: "StringList",
                                                       value: Fn.join(",", props.stringListValue))
            try super.init(this, physicalName: props.parameterName)
        }

        /// The parameter's name.
        public var parameterName: String { cfnParameter.ref }
        /// The parameter's values: its `Value` split at the commas.
        public var stringListValue: [String] { Fn.split(",", cfnParameter.getAtt("Value").toString()) }
        /// The parameter's ARN: `parameter/<name>` for simple (and generated) names, `parameter<name>` for paths.
        public var parameterArn: String { SSM.parameterArn(of: self, name: parameterName) }

        /// A string list parameter defined outside the app, by name; its values are a dynamic
        /// reference (`{{resolve:ssm:<name>}}`) split at the commas.
        public static func fromStringListParameterName(_ scope: Construct, _ id: String, stringListParameterName: String) throws -> any StringListParameterRef {
            try ImportedListParameter(scope, id, parameterName: stringListParameterName,
                                      values: Fn.split(",", SSM.dynamicReference(stringListParameterName)))
        }

        /// The values of the list parameter `parameterName` at deployment: a
        /// `AWS::SSM::Parameter::Value<List<String>>` template parameter shared by every use in
        /// the stack (or a dynamic reference for a `version`).
        public static func valueForTypedListParameter(_ scope: Construct, _ parameterName: String, version: Int? = nil) throws -> [String] {
            let stack = try Stack.of(scope)
            let id = SSM.importedValueId(parameterName)
            if let existing = stack.node.tryFindChild(id) as? any StringListParameterRef {
                return existing.stringListValue
            }
            if parameterName.isEmpty {
                throw CDKError(code: "ParameterNameCannotBeEmpty", message: "parameterName cannot be an empty string", path: stack.node.path)
            }
            let values: [String]
            if let version {
                values = Fn.split(",", SSM.dynamicReference("\(parameterName):\(version)"))
            } else {
                let parameter = try CDK.CfnParameter(stack, "\(id).Parameter",
                                                     type: "AWS::SSM::Parameter::Value<List<String>>", default: .string(parameterName))
                values = parameter.valueAsList
            }
            return try ImportedListParameter(stack, id, parameterName: parameterName, values: values).stringListValue
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSSM.SSM.StringListParameter") }
    }

    /// The dynamic reference `{{resolve:ssm:<reference>}}` as a token (the AWS CDK's
    /// `CfnDynamicReference`), so that functions of it (`Fn.split`) are left to CloudFormation.
    static func dynamicReference(_ reference: String) -> String {
        Token.asString(Intrinsic(.string("{{resolve:ssm:\(reference)}}"), displayHint: "DynamicReference"))
    }

    /// A string list parameter defined outside the app.
    final class ImportedListParameter: Resource, StringListParameterRef {
        let parameterName: String
        let parameterArn: String
        let stringListValue: [String]
        var encryptionKey: (any KMS.KeyRef)? { nil }

        init(_ scope: Construct, _ id: String, parameterName: String, values: [String]) throws {
            self.parameterName = parameterName
            stringListValue = values
            parameterArn = SSM.parameterArn(stack: try Stack.of(scope), name: parameterName, simple: Token.isUnresolved(parameterName) || !parameterName.hasPrefix("/"))
            try super.init(scope, id)
        }
    }
}
