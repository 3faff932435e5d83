/// `tree.json`: the whole construct tree with each construct's type and, for resources,
/// their CloudFormation type and logical id.
enum TreeFile {
    static func render(_ app: Stage) throws -> JSONValue {
        var root = try node(app)
        var children = root["children"]?.objectValue ?? JSONObject()
        children["Tree"] = ["id": "Tree", "path": "Tree", "constructInfo": ["fqn": "CDK.Tree", "version": .string(CDKVersion.current)]]
        root["children"] = .object(children)
        return ["version": "tree-0.1", "tree": .object(root)]
    }

    private static func node(_ construct: Construct) throws -> JSONObject {
        let info = construct.constructInfo
        var result: JSONObject = [
            "id": .string(construct.node.id.isEmpty ? "App" : construct.node.id),
            "path": .string(construct.node.path),
            "constructInfo": ["fqn": .string(info.fqn), "version": .string(info.version)],
        ]
        if let resource = construct as? CfnResource, resource.shouldSynthesize {
            result["attributes"] = [
                "aws:cdk:cloudformation:type": .string(resource.cfnResourceType),
                "aws:cdk:cloudformation:logicalId": .string(try resource.stack.logicalIdOf(resource)),
            ]
        }
        if !construct.node.children.isEmpty {
            result["children"] = .object(JSONObject(try construct.node.children.map { ($0.node.id, .object(try node($0))) }))
        }
        return result
    }
}
