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
        // Counted first, so that the entries are written into one array of the right size
        // instead of one that is copied as it grows.
        var entries: [Entry] = []
        entries.reserveCapacity(constructCount(below: app))
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

    /// How many constructs `construct` and those below it are.
    private static func constructCount(below construct: Construct) -> Int {
        construct.children.reduce(1) { $0 + constructCount(below: $1) }
    }

    /// The text of `tree.json` for `entries` (the root's first), written straight into the
    /// string's storage: room for the longest text the entries can make (untouched room costs
    /// nothing), so that a large tree is neither grown nor copied.
    static func text(of entries: [Entry]) -> String {
        String.written(capacity: maximumLength(of: entries)) { out in
            out.append(Literal.start)
            var next = 0
            write(entries, at: &next, isRoot: true, into: &out)
            out.append("}")
        }
    }

    /// The fixed parts of each entry.
    private enum Literal {
        static let start = #"{"version":"tree-0.1","tree":"#
        static let id = #"{"id":"#
        static let path = #","path":"#
        static let fqn = #","constructInfo":{"fqn":"#
        static let version = #","version":"#
        static let type = #","attributes":{"aws:cdk:cloudformation:type":"#
        static let logicalId = #","aws:cdk:cloudformation:logicalId":"#
        static let children = #","children":{"#
        static let treeEntry = #""Tree":{"id":"Tree","path":"Tree","constructInfo":{"fqn":"CDK.Tree","version":"#
        /// All of them, once each: with a few bytes more, the most any entry writes besides its strings.
        static let all = [start, id, path, fqn, version, type, logicalId, children, treeEntry]
    }

    /// The most bytes ``text(of:)`` writes for `entries`: for each entry, every fixed part and
    /// a few separators, its strings at their longest when escaped, and its id once more as
    /// its key in the parent's children.
    private static func maximumLength(of entries: [Entry]) -> Int {
        let separators = 16  // braces, commas and the colon after a child's key: fewer than that
        let fixedPerEntry = Literal.all.reduce(separators) { $0 + $1.utf8.count }
        var length = fixedPerEntry + UTF8Writer.maximumJSONStringLength(of: "App") + UTF8Writer.maximumJSONStringLength(of: CDKVersion.current)
        for entry in entries {
            length += fixedPerEntry + 2 * UTF8Writer.maximumJSONStringLength(of: entry.id)
                + UTF8Writer.maximumJSONStringLength(of: entry.path)
                + UTF8Writer.maximumJSONStringLength(of: entry.info.fqn)
                + UTF8Writer.maximumJSONStringLength(of: entry.info.version)
            if let resource = entry.resource {
                length += UTF8Writer.maximumJSONStringLength(of: resource.type) + UTF8Writer.maximumJSONStringLength(of: resource.logicalId)
            }
        }
        return length
    }

    /// Writes the entry at `next` and its children, and moves `next` past them.
    private static func write(_ entries: [Entry], at next: inout Int, isRoot: Bool, into out: inout UTF8Writer) {
        let entry = entries[next]
        next += 1
        out.append(Literal.id)
        out.appendJSONString(isRoot ? "App" : entry.id)
        out.append(Literal.path)
        out.appendJSONString(entry.path)
        out.append(Literal.fqn)
        out.appendJSONString(entry.info.fqn)
        out.append(Literal.version)
        out.appendJSONString(entry.info.version)
        out.append(UInt8(ascii: "}"))
        if let resource = entry.resource {
            out.append(Literal.type)
            out.appendJSONString(resource.type)
            out.append(Literal.logicalId)
            out.appendJSONString(resource.logicalId)
            out.append(UInt8(ascii: "}"))
        }
        if entry.childCount > 0 || isRoot {
            out.append(Literal.children)
            for i in 0..<entry.childCount {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.appendJSONString(entries[next].id)
                out.append(UInt8(ascii: ":"))
                write(entries, at: &next, isRoot: false, into: &out)
            }
            if isRoot {
                if entry.childCount > 0 { out.append(UInt8(ascii: ",")) }
                out.append(Literal.treeEntry)
                out.appendJSONString(CDKVersion.current)
                out.append("}}")
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
    }
}
