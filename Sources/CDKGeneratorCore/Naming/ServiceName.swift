/// The service namespace of a resource type and the Swift names derived from it:
/// `AWS::S3::Bucket` is in namespace `S3` (module `CDKS3`); `Alexa::ASK::Skill` is in `AlexaASK`.
public struct ServiceName: Hashable, Sendable, Comparable {
    /// The namespace enum, such as `S3`.
    public let namespace: String
    /// The CloudFormation prefix, such as `AWS::S3`.
    public let cloudFormationPrefix: String

    /// The namespace of `typeName` (three `::`-separated parts).
    public init(typeName: String) {
        let parts = typeName.components(separatedBy: "::")
        cloudFormationPrefix = parts.prefix(2).joined(separator: "::")
        let raw = parts[0] == "AWS" ? parts[1] : parts[0] + parts[1]
        namespace = SwiftIdentifier.sanitized(raw)
    }

    /// The module, such as `CDKS3`.
    public var moduleName: String { "CDK" + namespace }

    public static func < (a: ServiceName, b: ServiceName) -> Bool { Ordinal.less(a.moduleName, b.moduleName) }

    /// The name of the resource within its namespace (`Bucket` for `AWS::S3::Bucket`).
    public static func resourceName(of typeName: String) -> String {
        SwiftIdentifier.sanitized(typeName.components(separatedBy: "::").last ?? typeName)
    }
}
