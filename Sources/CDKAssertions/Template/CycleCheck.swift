import CDK

/// Refuses templates whose resources depend on each other in a cycle (through `DependsOn`,
/// `Ref`, `Fn::GetAtt` or `Fn::Sub`), which CloudFormation would not deploy.
enum CycleCheck {
    static func check(_ template: JSONObject) throws {
        let resources = template["Resources"]?.objectValue ?? [:]
        let ids = Set(resources.keys)
        var dependencies: [(id: String, on: Set<String>)] = resources.members.map { id, resource in
            (id, dependenciesOf(resource).intersection(ids))
        }
        while !dependencies.isEmpty {
            let free = Set(dependencies.filter { $0.on.isEmpty }.map(\.id))
            if free.isEmpty {
                let cycle = findCycle(dependencies)
                let involved = JSONObject(cycle.map { ($0, resources[$0] ?? .null) })
                throw AssertionFailure("Template is undeployable, these resources have a dependency cycle: \(cycle.joined(separator: " -> ")):\n\n\(JSONWriter.string(.object(involved), indent: 2))")
            }
            dependencies = dependencies.filter { !free.contains($0.id) }.map { ($0.id, $0.on.subtracting(free)) }
        }
    }

    private static func dependenciesOf(_ resource: JSONValue) -> Set<String> {
        var result = Set<String>()
        switch resource["DependsOn"] {
        case .string(let id)?: result.insert(id)
        case .array(let ids)?: result.formUnion(ids.compactMap(\.stringValue))
        default: break
        }
        collect(resource["Properties"], into: &result)
        return result
    }

    private static func collect(_ value: JSONValue?, into result: inout Set<String>) {
        switch value {
        case .array(let elements)?:
            for element in elements { collect(element, into: &result) }
        case .object(let object)?:
            if object.count == 1, let ref = object["Ref"] {
                if let id = ref.stringValue { result.insert(id) }
            } else if object.count == 1, let getAtt = object["Fn::GetAtt"] {
                if let id = getAtt[0]?.stringValue ?? getAtt.stringValue?.split(separator: ".").first.map(String.init) {
                    result.insert(id)
                }
            } else if object.count == 1, let sub = object["Fn::Sub"] {
                let text = sub.stringValue ?? sub[0]?.stringValue
                if let text { result.formUnion(logicalIds(inSub: text)) }
                if case .object(let variables)? = sub[1] {
                    for member in variables.values { collect(member, into: &result) }
                }
            } else {
                for member in object.values { collect(member, into: &result) }
            }
        default:
            break
        }
    }

    /// The logical ids named by `${Id}` and `${Id.Attr}` placeholders (not `${!Literal}`).
    static func logicalIds(inSub text: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            let after = rest[open.upperBound...]
            if after.first == "!" { rest = after.dropFirst(); continue }
            guard let close = after.firstIndex(of: "}") else { break }
            let placeholder = after[..<close]
            ids.append(String(placeholder.split(separator: ".", omittingEmptySubsequences: false).first ?? placeholder))
            rest = after[after.index(after: close)...]
        }
        return ids
    }

    private static func findCycle(_ dependencies: [(id: String, on: Set<String>)]) -> [String] {
        let edges = Dictionary(dependencies.map { ($0.id, $0.on.sorted()) }, uniquingKeysWith: { a, _ in a })
        func recurse(_ node: String, _ path: [String]) -> [String]? {
            for dependency in edges[node] ?? [] {
                if path.contains(dependency) { return path + [dependency] }
                if let cycle = recurse(dependency, path + [dependency]) { return cycle }
            }
            return nil
        }
        for (id, _) in dependencies {
            if let cycle = recurse(id, [id]) { return cycle }
        }
        return dependencies.map(\.id)
    }
}
