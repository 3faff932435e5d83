import CDKJSON
import CDKDiff

/// A picture of an app: its stacks, their resources grouped by the top-level construct they
/// belong to, the references between resources (within a stack and across stacks) and the
/// dependencies between stacks. Everything is in a fixed order (stacks in dependency order,
/// resources in template order, edges sorted), so that the rendered graph is the same on
/// every run.
struct AppGraph: Equatable {
    /// A resource.
    struct Resource: Equatable {
        /// `Stack/LogicalId`, unique in the graph.
        var id: String
        var logicalId: String
        var type: String
        /// The construct path below the group (`ServiceRole/DefaultPolicy`), or the logical id.
        var label: String
    }

    /// The resources of one construct (the first construct below the stack).
    struct Group: Equatable {
        var name: String
        var resources: [Resource]
    }

    /// A stack.
    struct StackNode: Equatable {
        var id: String
        var name: String
        var environment: String
        var groups: [Group]
    }

    /// How an edge came about.
    enum EdgeKind: String, Comparable {
        /// `Ref` or `Fn::GetAtt` within a template.
        case reference
        /// `DependsOn`.
        case dependsOn = "depends on"
        /// `Fn::ImportValue` of another stack's export, or `Fn::GetStackOutput`.
        case crossStack = "cross-stack"
        /// The manifest's stack dependency.
        case stackDependency = "stack dependency"

        static func < (a: EdgeKind, b: EdgeKind) -> Bool { a.rawValue < b.rawValue }
    }

    /// An edge from the node that uses to the node it uses (resource or stack ids).
    struct Edge: Equatable, Hashable, Comparable {
        var from: String
        var to: String
        var kind: EdgeKind
        /// The export or output name of a cross-stack edge.
        var label: String?

        static func < (a: Edge, b: Edge) -> Bool {
            (a.kind, a.from, a.to, a.label ?? "") < (b.kind, b.from, b.to, b.label ?? "")
        }
    }

    var stacks: [StackNode]
    var edges: [Edge]

    /// The graph of `stacks` (in dependency order); `all` are every stack of the assembly (for
    /// the exports that the shown stacks import).
    init(stacks selected: [AssemblyStack], all: [AssemblyStack]) {
        let shown = Set(selected.map(\.id))
        stacks = selected.map(Self.node)
        var edges = Set<Edge>()
        var exports: [String: String] = [:] // export name -> resource id
        var outputs: [String: String] = [:] // "stackName/outputName" -> resource id
        for stack in all {
            for (outputId, output) in stack.template["Outputs"]?.objectValue ?? [:] {
                guard let target = Self.referencedIds(output["Value"] ?? .null).first else { continue }
                let resource = stack.id + "/" + target
                if let name = output["Export"]?["Name"]?.stringValue { exports[name] = resource }
                outputs[stack.stackName + "/" + outputId] = resource
            }
        }
        for stack in selected {
            let resources = stack.template["Resources"]?.objectValue ?? [:]
            for (logicalId, resource) in resources {
                let from = stack.id + "/" + logicalId
                for target in Self.referencedIds(resource["Properties"] ?? .null) where resources[target] != nil && target != logicalId {
                    edges.insert(Edge(from: from, to: stack.id + "/" + target, kind: .reference))
                }
                let dependsOn = resource["DependsOn"].map { $0.arrayValue ?? [$0] } ?? []
                for target in dependsOn.compactMap(\.stringValue) where resources[target] != nil {
                    edges.insert(Edge(from: from, to: stack.id + "/" + target, kind: .dependsOn))
                }
                for (name, producer) in Self.crossStackUses(resource["Properties"] ?? .null, exports: exports, outputs: outputs) {
                    let producerStack = all.first { producer.hasPrefix($0.id + "/") }
                    guard let producerStack, shown.contains(producerStack.id), producerStack.id != stack.id else { continue }
                    edges.insert(Edge(from: from, to: producer, kind: .crossStack, label: name))
                }
            }
            for dependency in stack.dependencies where shown.contains(dependency) {
                edges.insert(Edge(from: stack.id, to: dependency, kind: .stackDependency))
            }
        }
        self.edges = edges.sorted()
    }

    private static func node(_ stack: AssemblyStack) -> StackNode {
        let paths = stack.constructPaths
        var groups: [Group] = []
        for (logicalId, resource) in stack.template["Resources"]?.objectValue ?? [:] {
            let type = resource["Type"]?.stringValue ?? "?"
            // Storage/Uploads/Resource -> group "Uploads", label "Uploads"; Compute/Worker/ServiceRole/Resource -> "Worker", "ServiceRole".
            var parts = (paths[logicalId] ?? "").split(separator: "/").map(String.init)
            let stackPath = stack.displayName.split(separator: "/").map(String.init) // Prod/Worker in a stage
            if parts.starts(with: stackPath) { parts.removeFirst(stackPath.count) }
            if parts.count > 1, parts.last == "Resource" || parts.last == "Default" { parts.removeLast() }
            let group = parts.first ?? logicalId
            let label = parts.count > 1 ? parts.dropFirst().joined(separator: "/") : group
            let entry = Resource(id: stack.id + "/" + logicalId, logicalId: logicalId, type: type, label: label)
            if let index = groups.firstIndex(where: { $0.name == group }) {
                groups[index].resources.append(entry)
            } else {
                groups.append(Group(name: group, resources: [entry]))
            }
        }
        return StackNode(id: stack.id, name: stack.displayName, environment: stack.environment, groups: groups)
    }

    /// The logical ids that `value` names with `Ref` or `Fn::GetAtt`.
    static func referencedIds(_ value: JSONValue) -> [String] {
        var result: [String] = []
        visit(value) { object in
            if object.count == 1, let ref = object["Ref"]?.stringValue, !ref.hasPrefix("AWS::") { result.append(ref) }
            if object.count == 1, let getAtt = object["Fn::GetAtt"] {
                if let first = getAtt.arrayValue?.first?.stringValue { result.append(first) }
                else if let text = getAtt.stringValue, let id = text.split(separator: ".").first { result.append(String(id)) }
            }
        }
        return result
    }

    /// The producer resources that `value` uses through exports or stack outputs, by name.
    static func crossStackUses(_ value: JSONValue, exports: [String: String], outputs: [String: String]) -> [(String, String)] {
        var result: [(String, String)] = []
        visit(value) { object in
            if object.count == 1, let name = object["Fn::ImportValue"]?.stringValue, let producer = exports[name] {
                result.append((name, producer))
            }
            if object.count == 1, let output = object["Fn::GetStackOutput"],
               let stackName = output["StackName"]?.stringValue, let outputName = output["OutputName"]?.stringValue,
               let producer = outputs[stackName + "/" + outputName] {
                result.append((outputName, producer))
            }
        }
        return result
    }

    /// Calls `body` for every object in `value`, depth first, without recursion (a deeply nested
    /// template cannot overflow the stack).
    private static func visit(_ value: JSONValue, _ body: (JSONObject) -> Void) {
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .array(let elements): pending.append(contentsOf: elements.reversed())
            case .object(let object):
                body(object)
                pending.append(contentsOf: object.map(\.value).reversed())
            default: break
            }
        }
    }
}
