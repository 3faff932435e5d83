import CDKJSON

/// Shows the replacements a replacement causes: a resource that references (`Ref`,
/// `Fn::GetAtt`, ...) a replaced resource sees the reference change, and if the referencing
/// property is create-only it is replaced too, and so on, as the AWS CDK's diff does.
struct ReplacementPropagation {
    let differ: TemplateDiffer

    func resourceChanges(old: JSONObject, new: JSONObject) -> [ResourceChange] {
        var result = differ.plainResourceChanges(old: old, new: new)
        var rewritten = new
        var propagated = result
        var rounds = 0
        while rounds < 100 {
            rounds += 1
            var changed = false
            for change in propagated where change.kind == .updated && change.impact == .replace {
                if Self.markReplaced(change.logicalId, in: &rewritten) { changed = true }
            }
            guard changed else { break }
            propagated = differ.plainResourceChanges(old: old, new: rewritten)
        }
        guard rounds > 1 else { return result }
        // Resources replaced only because of the references: show the replacing property changes.
        for downstream in propagated where downstream.impact.isReplacement {
            let replacing = downstream.changes.filter { $0.impact.isReplacement }
            if let index = result.firstIndex(where: { $0.logicalId == downstream.logicalId }) {
                guard result[index].impact != downstream.impact else { continue }
                for change in replacing {
                    result[index].changes.removeAll { $0.name == change.name && $0.isProperty }
                    result[index].changes.append(change)
                }
                result[index].changes.sort { ($0.isProperty ? 0 : 1, $0.name) < ($1.isProperty ? 0 : 1, $1.name) }
            } else if let before = old[downstream.logicalId], let after = new[downstream.logicalId] {
                result.append(ResourceChange(logicalId: downstream.logicalId, old: before, new: after, changes: replacing))
            }
        }
        return result
    }

    /// Rewrites references to `logicalId` into `"<id> (replaced)"`; whether any was found.
    static func markReplaced(_ logicalId: String, in resources: inout JSONObject) -> Bool {
        var found = false
        func rewrite(_ value: JSONValue) -> JSONValue {
            switch value {
            case .array(let elements):
                return .array(elements.map(rewrite))
            case .object(let object):
                if object.count == 1, let key = object.keys.first {
                    if key == "Ref" {
                        if object[key]?.stringValue == logicalId { found = true; return ["Ref": .string(logicalId + " (replaced)")] }
                        return value
                    }
                    if key.hasPrefix("Fn::") {
                        if var args = object[key]?.arrayValue, args.first?.stringValue == logicalId {
                            found = true
                            args[0] = .string(logicalId + " (replaced)")
                            return .object([key: .array(args)])
                        }
                        // Unlike the AWS CDK, also look inside other functions (Fn::Join, Fn::Sub, ...).
                        return .object([key: rewrite(object[key]!)])
                    }
                }
                return .object(JSONObject(object.map { ($0.key, rewrite($0.value)) }))
            default:
                return value
            }
        }
        for id in resources.keys { resources[id] = rewrite(resources[id]!) }
        return found
    }
}
