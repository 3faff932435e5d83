/// The shapes of CloudFormation's type names, checked when a resource or parameter is created
/// (a misspelled type is otherwise only refused at deployment).
enum CfnTypeNames {
    /// What is wrong with the resource type `type`, or `nil`: a type is
    /// `Vendor::Service::Type` (`AWS::S3::Bucket`), `Custom::Name` or a module's
    /// `Vendor::Service::Type::MODULE`.
    static func resourceTypeProblem(_ type: String) -> String? {
        let parts = type.components(separatedBy: "::")
        let wordOK = { (part: String, extra: String) in
            !part.isEmpty && part.unicodeScalars.allSatisfy { UniqueID.isAlphanumeric($0) || extra.unicodeScalars.contains($0) }
        }
        let valid: Bool
        if parts.count == 2 && parts[0] == "Custom" {
            valid = wordOK(parts[1], "_@-") && parts[1].count <= 60
        } else if parts.count == 2 || parts.count == 3 || (parts.count == 4 && parts[3] == "MODULE") {
            valid = parts.prefix(3).allSatisfy { wordOK($0, "_") }
        } else {
            valid = false
        }
        if valid { return nil }
        return "Resource type '\(type)' is not a CloudFormation type name: types have the shape Vendor::Service::Type (such as 'AWS::S3::Bucket'), or Custom::Name for a custom resource."
    }

    /// The parameter types that are not `AWS::...` types.
    private static let plainParameterTypes: Set<String> = ["String", "Number", "List<Number>", "CommaDelimitedList"]

    /// What is wrong with the parameter type `type`, or `nil`: `String`, `Number`,
    /// `List<Number>`, `CommaDelimitedList`, an AWS-specific type (`AWS::EC2::VPC::Id`,
    /// `AWS::SSM::Parameter::Value<String>`) or a list of one (`List<AWS::EC2::Subnet::Id>`).
    static func parameterTypeProblem(_ type: String) -> String? {
        if plainParameterTypes.contains(type) || Token.isUnresolved(type) { return nil }
        if type.hasPrefix("AWS::") && type.count > 5 { return nil }
        if type.hasPrefix("List<AWS::") && type.hasSuffix(">") { return nil }
        return "Parameter type '\(type)' is not a CloudFormation parameter type: use String, Number, List<Number>, CommaDelimitedList or an AWS-specific type such as AWS::EC2::VPC::Id."
    }
}
