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

    /// Whether `type` has one of the shapes of ``resourceTypeProblem(_:)``, read in one pass over
    /// its UTF-8 bytes (every resource is checked: splitting the string showed in profiles).
    private static func isValidResourceType(_ type: String) -> Bool {
        type.withUTF8Bytes(isValidResourceType(bytes:))
    }

    private static func isValidResourceType(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0, wordLength = 0
        var pendingColon = false, hasCustomOnlyByte = false
        for byte in bytes {
            if byte == UInt8(ascii: ":") {
                if pendingColon {
                    pendingColon = false
                } else {
                    // A separator "::" closes a non-empty word.
                    guard wordLength > 0 else { return false }
                    words += 1
                    wordLength = 0
                    pendingColon = true
                }
                continue
            }
            guard !pendingColon else { return false }  // a single colon
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "-") {
                hasCustomOnlyByte = true
            } else if !(byte.isASCIILetterOrDigit || byte == UInt8(ascii: "_")) {
                return false
            }
            wordLength += 1
        }
        guard !pendingColon, wordLength > 0 else { return false }
        words += 1
        if words == 2 && bytes.starts(with: "Custom::".utf8) {
            return wordLength <= 60
        }
        if hasCustomOnlyByte { return false }
        return words == 2 || words == 3 || (words == 4 && wordLength == 6 && bytes.suffix(6).elementsEqual("MODULE".utf8))
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
