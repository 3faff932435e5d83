import CDK
import CDKIAM
import CDKKMS
import Foundation

extension SSM {
    /// The tier of a parameter.
    public enum ParameterTier: String, Sendable {
        /// Advanced (larger values, policies).
        case advanced = "Advanced"
        /// Chosen by Parameter Store per request.
        case intelligentTiering = "Intelligent-Tiering"
        /// Standard.
        case standard = "Standard"
    }

    /// What a parameter's value holds.
    public enum ParameterDataType: String, Sendable {
        /// Text.
        case text = "text"
        /// An AMI id, validated by Parameter Store.
        case awsEc2Image = "aws:ec2:image"
    }

    /// A parameter of any type, defined in the app or imported (the AWS CDK's `IParameter`).
    public protocol ParameterRef: AnyObject {
        /// The parameter's ARN.
        var parameterArn: String { get }
        /// The parameter's name.
        var parameterName: String { get }
        /// The key of a `SecureString` parameter, if any.
        var encryptionKey: (any KMS.KeyRef)? { get }
    }

    /// A `String` parameter, defined in the app (`SSM.StringParameter`) or imported (the AWS
    /// CDK's `IStringParameter`).
    public protocol StringParameterRef: ParameterRef {
        /// The parameter's value (a token resolved by CloudFormation).
        var stringValue: String { get }
    }

    /// A String parameter in Systems Manager Parameter Store (`AWS::SSM::Parameter`).
    ///
    /// ```swift
    /// let endpoint = try SSM.StringParameter(stack, "Endpoint", .init(stringValue: "https://api")) { $0.parameterName = "/app/endpoint" }
    /// try endpoint.grantRead(role)
    /// ```
    public final class StringParameter: Resource, StringParameterRef {
        /// String parameters created here are not encrypted.
        public var encryptionKey: (any KMS.KeyRef)? { nil }
        /// The parameter's CloudFormation resource.
        public let cfnParameter: CDKSSM.SSM.CfnParameter

        /// A parameter holding `props.stringValue`.
        public init(_ scope: Construct, _ id: String, _ props: StringParameterProps,
                    configure: (inout StringParameterProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let stringValue = props.stringValue
            try SSM.check(props.options, values: [stringValue], at: this)
            cfnParameter = try CDKSSM.SSM.CfnParameter(this, "Resource", allowedPattern: props.allowedPattern, dataType: props.dataType?.rawValue,
                                                       description: props.description, name: props.parameterName, tier: props.tier?.rawValue,
                                                       type: "String", value: stringValue)
            try super.init(this, physicalName: props.parameterName)
        }

        /// The parameter's name.
        public var parameterName: String { cfnParameter.ref }
        /// The parameter's value.
        public var stringValue: String { cfnParameter.getAtt("Value").toString() }
        /// The parameter's ARN: `parameter/<name>` for simple (and generated) names, `parameter<name>` for paths.
        public var parameterArn: String { SSM.parameterArn(of: self, name: parameterName) }

        /// The value of the parameter `parameterName` at deployment: a `AWS::SSM::Parameter::Value<String>`
        /// template parameter, shared by every use in the stack (or a dynamic reference for a `version`).
        public static func valueForStringParameter(_ scope: Construct, _ parameterName: String, version: Int? = nil) throws -> String {
            let stack = try Stack.of(scope)
            let id = SSM.importedValueId(parameterName)
            if let existing = stack.node.tryFindChild(id) as? ImportedParameter {
                return existing.stringValue
            }
            return try ImportedParameter(stack, id, parameterName: parameterName, version: version, simpleName: nil).stringValue
        }

        /// A parameter defined outside the app, by name.
        public static func fromStringParameterName(_ scope: Construct, _ id: String, parameterName: String) throws -> any StringParameterRef {
            try fromStringParameterAttributes(scope, id, parameterName: parameterName)
        }

        /// A parameter defined outside the app, by name, with an optional version and ARN style.
        public static func fromStringParameterAttributes(_ scope: Construct, _ id: String, parameterName: String, version: Int? = nil,
                                                         simpleName: Bool? = nil) throws -> any StringParameterRef {
            if parameterName.isEmpty {
                throw CDKError(code: "ParameterNameCannotBeEmpty", message: "parameterName cannot be an empty string", path: scope.node.path)
            }
            return try ImportedParameter(scope, id, parameterName: parameterName, version: version, simpleName: simpleName)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSSM.SSM.StringParameter") }
    }

    /// A parameter defined outside the app; its value is a template parameter created on first use.
    final class ImportedParameter: Resource, StringParameterRef {
        let parameterName: String
        let parameterArn: String
        let version: Int?
        var encryptionKey: (any KMS.KeyRef)? { nil }
        private var templateParameter: CDK.CfnParameter?

        init(_ scope: Construct, _ id: String, parameterName: String, version: Int?, simpleName: Bool?) throws {
            self.parameterName = parameterName
            self.version = version
            let stack = try Stack.of(scope)
            let simple: Bool
            if Token.isUnresolved(parameterName) {
                guard let simpleName else {
                    throw CDKError(code: "UnableToUnableDetermineSeparator", message: "Unable to determine ARN separator for SSM parameter since the parameter name is an unresolved token. Use \"fromAttributes\" and specify \"simpleName\" explicitly", path: scope.node.path + "/" + id)
                }
                simple = simpleName
            } else {
                simple = !parameterName.hasPrefix("/")
            }
            parameterArn = SSM.parameterArn(stack: stack, name: parameterName, simple: simple)
            try super.init(scope, id)
        }

        var stringValue: String {
            if let version { return "{{resolve:ssm:\(parameterName):\(version)}}" }
            if templateParameter == nil, let scope = node.scope {
                templateParameter = try? CDK.CfnParameter(scope, "\(node.id).Parameter", type: "AWS::SSM::Parameter::Value<String>", default: .string(parameterName))
            }
            return templateParameter?.valueAsString ?? ""
        }
    }

    /// The id of the construct that imports the value of `parameterName` into a stack, shared
    /// by every use there (the AWS CDK's `makeIdentityForImportedValue`).
    static func importedValueId(_ parameterName: String) -> String {
        "SsmParameterValue:\(parameterName):C96584B6-F00A-464E-AD19-53AFF4B05118"
    }

    /// The ARN of a parameter defined in the app: `parameter/<name>` for simple (and generated)
    /// names, `parameter<name>` for paths.
    static func parameterArn(of parameter: Resource, name: String) -> String {
        let simple = parameter.physicalName.map { Token.isUnresolved($0) || !$0.hasPrefix("/") } ?? true
        return parameterArn(stack: parameter.stack, name: name, simple: simple)
    }

    /// The ARN of a parameter: `parameter/<name>` for simple names, `parameter<name>` for paths.
    static func parameterArn(stack: Stack, name: String, simple: Bool) -> String {
        simple
            ? stack.formatArn(ArnComponents(service: "ssm", resource: "parameter", resourceName: name, arnFormat: .slashResourceName))
            : stack.formatArn(ArnComponents(service: "ssm", resource: "parameter\(name)"))
    }

    /// Checks the options of a parameter holding `values` as the AWS CDK does: each literal
    /// value matches the allowed pattern, the name and the description.
    static func check(_ options: ParameterOptions, values: [String], at this: Construct) throws {
        if let allowedPattern = options.allowedPattern, !Token.isUnresolved(allowedPattern) {
            for value in values where !Token.isUnresolved(value) {
                guard let regex = try? NSRegularExpression(pattern: allowedPattern) else {
                    throw CDKError("InvalidAllowedPattern", "The allowedPattern (\(allowedPattern)) is not a valid regular expression", at: this)
                }
                if regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) == nil {
                    throw CDKError("SuppliedValueDoesNotMatchPattern", "The supplied value (\(value)) does not match the specified allowedPattern (\(allowedPattern))", at: this)
                }
            }
        }
        if let parameterName = options.parameterName { try validateParameterName(parameterName, path: this.node.path) }
        if let description = options.description, description.count > 1024 {
            throw CDKError("DescriptionTooLong", "Description cannot be longer than 1024 characters.", at: this)
        }
        if let parameterName = options.parameterName, !Token.isUnresolved(parameterName), parameterName.contains("/"), !parameterName.hasPrefix("/") {
            throw CDKError("MustBeParameterNamesFully", "Parameter names must be fully qualified (if they include \"/\" they must also begin with a \"/\"): \(parameterName)", at: this)
        }
    }

    /// Checks a literal parameter name as the AWS CDK does.
    static func validateParameterName(_ name: String, path: String) throws {
        if Token.isUnresolved(name) { return }
        if name.count > 2048 {
            throw CDKError(code: "ParameterNameTooLong", message: "name cannot be longer than 2048 characters.", path: path)
        }
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCIILetterOrDigit || "/_.-".unicodeScalars.contains($0) }
        if name.isEmpty || !allowed {
            throw CDKError(code: "ParameterNameInvalidCharacters", message: "name must only contain letters, numbers, and the following 4 symbols .-_/; got \(name)", path: path)
        }
    }
}

extension SSM.ParameterRef {
    /// Grants reading the parameter (and decrypting with its key).
    @discardableResult
    public func grantRead(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        if let encryptionKey { try encryptionKey.grantDecrypt(grantee) }
        return try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"],
                                            resourceArns: [parameterArn])
    }

    /// Grants writing the parameter (and encrypting with its key).
    @discardableResult
    public func grantWrite(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        if let encryptionKey { try encryptionKey.grantEncrypt(grantee) }
        return try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["ssm:PutParameter"], resourceArns: [parameterArn])
    }
}
