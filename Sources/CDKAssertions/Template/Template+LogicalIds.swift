import CDK

extension Template {
    /// The logical id of `construct`: a CloudFormation element itself, or the element a
    /// high-level construct wraps (its `node.defaultChild`, `Resource` or `Default`).
    public func logicalId(of construct: Construct) throws -> String {
        if let element = construct as? CfnElement {
            return try element.stack.getLogicalId(element)
        }
        if let element = construct.node.defaultChild as? CfnElement {
            return try element.stack.getLogicalId(element)
        }
        throw AssertionFailure("'\(construct.node.path)' is not a CloudFormation element and has no default child (a child named 'Resource' or 'Default') that is one; pass the CfnResource itself.")
    }

    /// The resource that `construct` (or its default child) synthesizes to.
    public func resource(of construct: Construct) throws -> JSONObject {
        let id = try logicalId(of: construct)
        guard let resource = section("Resources")[id]?.objectValue else {
            throw AssertionFailure("Template has no resource with logical id \(id) (from '\(construct.node.path)'). Resources: \(section("Resources").keys.joined(separator: ", ")).")
        }
        return resource
    }

    /// The construct path (`/Stack/Bucket/Resource`) of the element with this logical id,
    /// when the template was synthesized from a stack.
    public func path(ofLogicalId id: String) -> String? {
        stackArtifact?.path(ofLogicalId: id)
    }

    /// `id (/path)` when the path is known, otherwise `id`.
    func label(_ id: String) -> String {
        guard let path = path(ofLogicalId: id) else { return id }
        return "\(id) (\(path))"
    }

    /// A section failure, with construct paths in the description and the AWS CDK's wording
    /// in ``AssertionFailure/awsCDKDescription``.
    func sectionFailure(_ match: SectionMatch, qualifier: String) -> AssertionFailure {
        AssertionFailure(match.failureReport(qualifier: qualifier, label: label),
                         awsCDKDescription: match.failureReport(qualifier: qualifier))
    }
}
