/// `tree.json`: the whole construct tree with each construct's type and, for resources,
/// their CloudFormation type and logical id. Written straight to text (compact JSON), since
/// it has one entry per construct.
enum TreeFile {
    static func render(_ app: Stage) throws -> String {
        var out: [UInt8] = []
        // Room for a large app from the start: growing means copying, and reserved memory
        // that is never written costs nothing.
        out.reserveCapacity(1 << 22)
        out.append(contentsOf: #"{"version":"tree-0.1","tree":"#.utf8)
        try write(app, isRoot: true, into: &out)
        out.append(contentsOf: "}".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// The fixed parts of each entry, as bytes (appended with a plain copy).
    private enum Literal {
        static let id = Array(#"{"id":"#.utf8)
        static let path = Array(#","path":"#.utf8)
        static let fqn = Array(#","constructInfo":{"fqn":"#.utf8)
        static let version = Array(#","version":"#.utf8)
        static let type = Array(#","attributes":{"aws:cdk:cloudformation:type":"#.utf8)
        static let logicalId = Array(#","aws:cdk:cloudformation:logicalId":"#.utf8)
        static let children = Array(#","children":{"#.utf8)
    }

    private static func write(_ construct: Construct, isRoot: Bool, into out: inout [UInt8]) throws {
        let info = construct.constructInfo
        out.append(contentsOf: Literal.id)
        JSONWriter.writeString(isRoot ? "App" : construct.id, into: &out)
        out.append(contentsOf: Literal.path)
        JSONWriter.writeString(construct.path, into: &out)
        out.append(contentsOf: Literal.fqn)
        JSONWriter.writeString(info.fqn, into: &out)
        out.append(contentsOf: Literal.version)
        JSONWriter.writeString(info.version, into: &out)
        out.append(UInt8(ascii: "}"))
        if let resource = construct as? CfnResource, resource.shouldSynthesize {
            out.append(contentsOf: Literal.type)
            JSONWriter.writeString(resource.cfnResourceType, into: &out)
            out.append(contentsOf: Literal.logicalId)
            JSONWriter.writeString(try resource.stack.logicalIdOf(resource), into: &out)
            out.append(UInt8(ascii: "}"))
        }
        let children = construct.children
        if !children.isEmpty || isRoot {
            out.append(contentsOf: Literal.children)
            for (i, child) in children.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(child.id, into: &out)
                out.append(UInt8(ascii: ":"))
                try write(child, isRoot: false, into: &out)
            }
            if isRoot {
                if !children.isEmpty { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: #""Tree":{"id":"Tree","path":"Tree","constructInfo":{"fqn":"CDK.Tree","version":"#.utf8)
                JSONWriter.writeString(CDKVersion.current, into: &out)
                out.append(contentsOf: "}}".utf8)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
    }
}
