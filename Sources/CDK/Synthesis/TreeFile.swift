/// `tree.json`: the whole construct tree with each construct's type and, for resources,
/// their CloudFormation type and logical id. Written straight to text (compact JSON), since
/// it has one entry per construct.
///
/// What the file says of each construct is collected on the synthesizing thread (it asks the
/// constructs); the text is then written from those plain values, in the background.
enum TreeFile {
    /// What `tree.json` says of one construct.
    struct Entry: Sendable {
        let id: String
        let path: String
        let info: ConstructInfo
        /// The CloudFormation type and logical id, for a resource that is synthesized.
        let resource: (type: String, logicalId: String)?
        /// How many children follow (each with its own children) in pre-order.
        let childCount: Int
    }

    /// The entries of `app`'s tree, in pre-order.
    static func entries(of app: Stage) throws -> [Entry] {
        var entries: [Entry] = []
        func visit(_ construct: Construct) throws {
            var resource: (type: String, logicalId: String)?
            if let cfnResource = construct as? CfnResource, cfnResource.shouldSynthesize {
                resource = (cfnResource.cfnResourceType, try cfnResource.stack.logicalIdOf(cfnResource))
            }
            entries.append(Entry(id: construct.id, path: construct.path, info: construct.constructInfo,
                                 resource: resource, childCount: construct.children.count))
            for child in construct.children { try visit(child) }
        }
        try visit(app)
        return entries
    }

    /// The text of `tree.json` for `entries` (the root's first).
    static func text(of entries: [Entry]) -> String {
        var out: [UInt8] = []
        // Room for a large app from the start: growing means copying, and reserved memory
        // that is never written costs nothing.
        out.reserveCapacity(1 << 22)
        out.append(contentsOf: #"{"version":"tree-0.1","tree":"#.utf8)
        var next = 0
        write(entries, at: &next, isRoot: true, into: &out)
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

    /// Writes the entry at `next` and its children, and moves `next` past them.
    private static func write(_ entries: [Entry], at next: inout Int, isRoot: Bool, into out: inout [UInt8]) {
        let entry = entries[next]
        next += 1
        out.append(contentsOf: Literal.id)
        JSONWriter.writeString(isRoot ? "App" : entry.id, into: &out)
        out.append(contentsOf: Literal.path)
        JSONWriter.writeString(entry.path, into: &out)
        out.append(contentsOf: Literal.fqn)
        JSONWriter.writeString(entry.info.fqn, into: &out)
        out.append(contentsOf: Literal.version)
        JSONWriter.writeString(entry.info.version, into: &out)
        out.append(UInt8(ascii: "}"))
        if let resource = entry.resource {
            out.append(contentsOf: Literal.type)
            JSONWriter.writeString(resource.type, into: &out)
            out.append(contentsOf: Literal.logicalId)
            JSONWriter.writeString(resource.logicalId, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        if entry.childCount > 0 || isRoot {
            out.append(contentsOf: Literal.children)
            for i in 0..<entry.childCount {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(entries[next].id, into: &out)
                out.append(UInt8(ascii: ":"))
                write(entries, at: &next, isRoot: false, into: &out)
            }
            if isRoot {
                if entry.childCount > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: #""Tree":{"id":"Tree","path":"Tree","constructInfo":{"fqn":"CDK.Tree","version":"#.utf8)
                JSONWriter.writeString(CDKVersion.current, into: &out)
                out.append(contentsOf: "}}".utf8)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
    }
}
