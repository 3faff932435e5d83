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
            if !entries.isEmpty {
                let path = String.written(capacity: 1 + construct.path.utf8.count) { out in
                    out.append(UInt8(ascii: "/"))
                    out.append(construct.path)
                }
                result.append((path, entries))
            }
            // Nested stacks belong to their top-level stack's metadata; other stacks have their own.
            for child in construct.children where !(child is Stack) || (child as? Stack)?.isNested == true {
                queue.append(child)
            }
        }
        return result
    }

    static func json(_ entries: Entries) -> JSONValue {
        .object(JSONObject(entries.map { path, list in
            (path, .array(list.map { ["type": .string($0.type), "data": $0.data] }))
        }))
    }
}
