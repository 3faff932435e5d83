import CDK

extension SSM {
    /// What every parameter has (the AWS CDK's `ParameterOptions`).
    public struct ParameterOptions: ConstructProps, Sendable {
        /// A regular expression the value must match (checked at synthesis for literal values).
        ///
        /// Default: no pattern.
        public var allowedPattern: String?
        /// A description of the parameter, up to 1,024 characters.
        ///
        /// Default: none.
        public var description: String?
        /// The parameter's name (`/app/endpoint` or `endpoint`).
        ///
        /// Default: a name CloudFormation generates.
        public var parameterName: String?
        /// The parameter's tier.
        ///
        /// Default: no `Tier` property (`Standard`).
        public var tier: ParameterTier?

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``StringParameter``. They extend ``ParameterOptions``.
    public struct StringParameterProps: ConstructProps, ExtendingOptions {
        /// The parameter's value.
        public var stringValue: String
        /// What the value holds.
        ///
        /// Default: no `DataType` property (`text`).
        public var dataType: ParameterDataType?
        /// Name, description, pattern and tier.
        public var options = ParameterOptions()

        /// Props of a parameter holding `stringValue`.
        public init(stringValue: String) {
            self.stringValue = stringValue
        }
    }
}
