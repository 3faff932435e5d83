/// The shapes of CloudFormation's type names, checked when a resource or parameter is created
/// (a misspelled type is otherwise only refused at deployment).
enum CfnTypeNames {
    /// What is wrong with the resource type `type`, or `nil`: a type is
    /// `Vendor::Service::Type` (`AWS::S3::Bucket`), `Custom::Name` or a module's
    /// `Vendor::Service::Type::MODULE`.
    static func resourceTypeProblem(_ type: String) -> String? {
        if isValidResourceType(type) { return nil }
        return "Resource type '\(type)' is not a CloudFormation type name: types have the shape Vendor::Service::Type (such as 'AWS::S3::Bucket'), or Custom::Name for a custom resource."
    }

    /// Whether `type` has one of the shapes of ``resourceTypeProblem(_:)``, read over its UTF-8
    /// bytes (every resource is checked: splitting strings of characters showed in profiles).
    private static func isValidResourceType(_ type: String) -> Bool {
        let parts = type.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        // "A::B" splits into "A", "", "B": every second part must be the empty one between colons.
        guard parts.count % 2 == 1, stride(from: 1, to: parts.count, by: 2).allSatisfy({ parts[$0].isEmpty }) else { return false }
        let words = stride(from: 0, to: parts.count, by: 2).map { parts[$0] }
        func wordOK(_ word: Substring.UTF8View, extra: String) -> Bool {
            !word.isEmpty && word.allSatisfy { UniqueID.isAlphanumeric($0) || extra.utf8.contains($0) }
        }
        if words.count == 2 && words[0].elementsEqual("Custom".utf8) {
            return wordOK(words[1], extra: "_@-") && words[1].count <= 60
        }
        guard words.count == 2 || words.count == 3 || (words.count == 4 && words[3].elementsEqual("MODULE".utf8)) else { return false }
        return words.prefix(3).allSatisfy { wordOK($0, extra: "_") }
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
