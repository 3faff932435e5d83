/// `tree.json`: the whole construct tree with each construct's type and, for resources,
/// their CloudFormation type and logical id. Written straight to text (compact JSON), since
/// it has one entry per construct.
///
/// What the file says of each construct is collected on the synthesizing thread (it asks the
/// constructs); the text is then written from those plain values, in the background: one
/// part per child of the root (``part(at:of:)``), so that parts can be written side by side,
/// then joined (``text(of:parts:)``).
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
        /// How many entries the construct and its descendants take.
        fileprivate(set) var subtreeCount = 1
    }

    /// The entries of `app`'s tree, in pre-order (the root's first).
    static func entries(of app: Stage) throws -> [Entry] {
        var entries: [Entry] = []
        func visit(_ construct: Construct) throws {
            var resource: (type: String, logicalId: String)?
            if let cfnResource = construct as? CfnResource, cfnResource.shouldSynthesize {
                resource = (cfnResource.cfnResourceType, try cfnResource.stack.logicalIdOf(cfnResource))
            }
            let index = entries.count
            entries.append(Entry(id: construct.id, path: construct.path, info: construct.constructInfo,
                                 resource: resource, childCount: construct.children.count))
            for child in construct.children { try visit(child) }
            entries[index].subtreeCount = entries.count - index
        }
        try visit(app)
        return entries
    }

    /// Where the root's children start in `entries`: each one's subtree is a part of the text.
    static func partStarts(of entries: [Entry]) -> [Int] {
        guard let root = entries.first else { return [] }
        var starts: [Int] = []
        var next = 1
        for _ in 0..<root.childCount {
            starts.append(next)
            next += entries[next].subtreeCount
        }
        return starts
    }

    /// The text of the root's child whose subtree starts at `start`, as a member of the
    /// root's `children`: `"id":{...}`.
    static func part(at start: Int, of entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        // About 200 bytes per construct: growing means copying.
        out.reserveCapacity(entries[start].subtreeCount * 256)
        JSONWriter.writeString(entries[start].id, into: &out)
        out.append(UInt8(ascii: ":"))
        var next = start
        write(entries, at: &next, into: &out)
        return out
    }

    /// The text of `tree.json`: the root of `entries` with `parts`, the texts of its children
    /// (``part(at:of:)``) in order.
    static func text(of entries: [Entry], parts: [[UInt8]]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(1024) { $0 + $1.count })
        out.append(contentsOf: #"{"version":"tree-0.1","tree":"#.utf8)
        if let root = entries.first {
            writeInfo(of: root, id: "App", into: &out)
            out.append(contentsOf: Literal.children)
            for part in parts {
                out.append(contentsOf: part)
                out.append(UInt8(ascii: ","))
            }
            out.append(contentsOf: #""Tree":{"id":"Tree","path":"Tree","constructInfo":{"fqn":"CDK.Tree","version":"#.utf8)
            JSONWriter.writeString(CDKVersion.current, into: &out)
            out.append(contentsOf: "}}}}".utf8)
        }
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

    /// Writes `{` and the id, path, construct info and resource attributes of `entry`.
    private static func writeInfo(of entry: Entry, id: String, into out: inout [UInt8]) {
        out.append(contentsOf: Literal.id)
        JSONWriter.writeString(id, into: &out)
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
    }

    /// Writes the entry at `next` and its children, and moves `next` past them.
    private static func write(_ entries: [Entry], at next: inout Int, into out: inout [UInt8]) {
        let entry = entries[next]
        next += 1
        writeInfo(of: entry, id: entry.id, into: &out)
        if entry.childCount > 0 {
            out.append(contentsOf: Literal.children)
            for i in 0..<entry.childCount {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(entries[next].id, into: &out)
                out.append(UInt8(ascii: ":"))
                write(entries, at: &next, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
    }
}
