/// The metadata of a stack's constructs, as written to `<Stack>.metadata.json`: each path
/// (breadth-first) with its logical id and its annotations.
enum StackMetadata {
    typealias Entries = [(path: String, entries: [MetadataEntry])]

    static func collect(_ stack: Stack) throws -> Entries {
        var result: Entries = []
        var queue: [Construct] = [stack]
        var index = 0
        while index < queue.count {
            let construct = queue[index]
            index += 1
            var entries: [MetadataEntry] = []
            if let element = construct as? CfnElement, element.shouldSynthesize {
                entries.append(MetadataEntry(type: "aws:cdk:logicalId", data: .string(try element.stack.logicalIdOf(element))))
            }
            for entry in construct.metadata {
                let data = try Resolver(scope: construct).resolve(entry.data) ?? .null
                entries.append(MetadataEntry(type: entry.type, data: data))
            }
            if !entries.isEmpty { result.append(("/" + construct.path, entries)) }
            // Nested stacks belong to their top-level stack's metadata; other stacks have their own.
            for child in construct.children {
                if let stack = child as? Stack, !stack.isNested { continue }
                queue.append(child)
            }
        }
        return result
    }

    /// The text of the metadata file (indent 2), as `JSONWriter` writes it, written without
    /// building the JSON value first: the paths are unique and never integer-like, so they
    /// keep their order.
    static func text(_ entries: Entries) -> String {
        if entries.isEmpty { return "{}" }
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 96)
        out.append(UInt8(ascii: "{"))
        for (i, (path, list)) in entries.enumerated() {
            out.append(contentsOf: (i == 0 ? "\n  " : ",\n  ").utf8)
            JSONWriter.writeString(path, into: &out)
            out.append(contentsOf: ": [".utf8)
            for (j, entry) in list.enumerated() {
                out.append(contentsOf: (j == 0 ? "\n    {\n      \"type\": " : ",\n    {\n      \"type\": ").utf8)
                JSONWriter.writeString(entry.type, into: &out)
                out.append(contentsOf: ",\n      \"data\": ".utf8)
                JSONWriter.write(entry.data, indent: 2, level: 3, into: &out)
                out.append(contentsOf: "\n    }".utf8)
            }
            out.append(contentsOf: "\n  ]".utf8)
        }
        out.append(contentsOf: "\n}".utf8)
        return String(decoding: out, as: UTF8.self)
    }
}
