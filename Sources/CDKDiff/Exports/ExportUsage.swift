import CDKJSON

/// Finds exports in use that a change drops or changes: compares the producers' exports in two
/// synths and looks for `Fn::ImportValue` of them in the previous synth's stacks.
enum ExportUsage {
    /// `replaced` has, per stack id of `new`, the logical ids of the resources the change replaces.
    static func problems(old: Assembly, new: Assembly, replaced: [String: Set<String>] = [:]) -> [ExportInUse] {
        var result: [ExportInUse] = []
        let imports = Dictionary(uniqueKeysWithValues: old.stacks.map { ($0.id, importedNames($0.template)) })
        let newImports = Dictionary(new.stacks.map { ($0.id, importedNames($0.template)) }, uniquingKeysWith: { first, _ in first })
        for producer in old.stacks {
            let newProducer = StackPairing.counterpart(of: producer, in: new.stacks)
            guard let newProducer else { continue } // a stack removed from the app is not deployed
            let newExports = exports(of: newProducer.template)
            for (name, output) in exports(of: producer.template).sorted(by: { $0.key < $1.key }) {
                let consumers = old.stacks.filter { $0.id != producer.id && sameEnvironment($0, producer) && imports[$0.id]?.contains(name) == true }
                guard !consumers.isEmpty else { continue }
                let kind: ExportInUse.Kind
                var replacedResource: String?
                if let current = newExports[name] {
                    if current.value == output.value {
                        let gone = replaced[newProducer.id] ?? []
                        guard let resource = referencedLogicalIds(current.value).first(where: gone.contains) else { continue }
                        (kind, replacedResource) = (.replaced, resource)
                    } else {
                        kind = .valueChanged
                    }
                } else {
                    kind = .removed
                }
                let still = consumers.filter { consumer in
                    StackPairing.counterpart(of: consumer, in: new.stacks).map { newImports[$0.id]?.contains(name) == true } ?? false
                }
                result.append(ExportInUse(
                    exportName: name, producer: producer.displayName, producerStackName: producer.stackName,
                    outputId: output.id, oldValue: output.value, consumers: consumers.map(\.displayName),
                    stillImportedBy: still.map(\.displayName), kind: kind, replacedResource: replacedResource))
            }
        }
        return result
    }

    /// The literal export names of a template's outputs, with their output ids and values.
    static func exports(of template: JSONValue) -> [String: (id: String, value: JSONValue)] {
        var result: [String: (id: String, value: JSONValue)] = [:]
        for (id, output) in template["Outputs"]?.objectValue ?? [:] {
            if let name = output["Export"]?["Name"]?.stringValue { result[name] = (id, output["Value"] ?? .null) }
        }
        return result
    }

    /// The logical ids that `value` names with `Ref` or `Fn::GetAtt`.
    static func referencedLogicalIds(_ value: JSONValue) -> [String] {
        var ids: [String] = []
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .array(let elements): pending += elements
            case .object(let object):
                if object.count == 1, let ref = object["Ref"]?.stringValue { ids.append(ref) }
                if object.count == 1, let first = object["Fn::GetAtt"]?.arrayValue?.first?.stringValue { ids.append(first) }
                if object.count == 1, let text = object["Fn::GetAtt"]?.stringValue, let id = text.split(separator: ".").first { ids.append(String(id)) }
                pending += object.map(\.value)
            default: break
            }
        }
        return ids
    }

    /// The literal names that a template imports with `Fn::ImportValue`.
    static func importedNames(_ value: JSONValue) -> Set<String> {
        var names = Set<String>()
        func visit(_ value: JSONValue) {
            switch value {
            case .array(let elements): elements.forEach(visit)
            case .object(let object):
                if object.count == 1, let name = object["Fn::ImportValue"]?.stringValue { names.insert(name); return }
                object.values.forEach(visit)
            default: break
            }
        }
        visit(value)
        return names
    }

    private static func sameEnvironment(_ a: AssemblyStack, _ b: AssemblyStack) -> Bool {
        (a.account == nil || b.account == nil || a.account == b.account) && (a.region == nil || b.region == nil || a.region == b.region)
    }
}
