/// How generated code spells the core library's types. A generated class can have the name of
/// a core type (`AWS::ApiGateway::Resource` is `ApiGateway.CfnResource`, `AWS::LakeFormation::Tag`
/// is `LakeFormation.CfnTag`) and then hides it inside its namespace; there the core type is
/// written with its module name (`CDK.CfnResource`).
public struct CoreNames: Sendable {
    /// Core types whose names generated classes can take (they all start with `Cfn`).
    public static let shadowable: Set<String> = ["CfnResource", "CfnTag", "CfnReference", "CfnResourceTypeInfo"]

    /// The core type names hidden in the namespace being written.
    public let hidden: Set<String>

    /// Names for a namespace whose generated classes are `classNames`.
    public init(namespaceClassNames classNames: some Sequence<String>) {
        hidden = Self.shadowable.intersection(classNames)
    }

    /// `name` as the namespace's files must write it.
    public func callAsFunction(_ name: String) -> String {
        hidden.contains(name) ? "CDK." + name : name
    }
}
