/// Raw overrides merged into rendered resources, with the AWS CDK's `deepMerge` semantics.
enum DeepMerge {
    /// Sets `value` at `path` inside `object`, creating objects on the way (a non-object on
    /// the way is replaced). `nil` removes the value; objects left empty are removed too.
    /// An object value is merged into an existing object rather than replacing it.
    static func set(_ object: inout JSONObject, path: [String], value: JSONValue?) {
        guard let key = path.first else { return }
        if path.count == 1 {
            switch value {
            case nil:
                object[key] = nil
            case .object(let source)?:
                var target = object[key]?.objectValue ?? JSONObject()
                merge(&target, source)
                object[key] = target.isEmpty ? nil : .object(target)
            case let other?:
                object[key] = other
            }
            return
        }
        var child = object[key]?.objectValue ?? JSONObject()
        set(&child, path: Array(path.dropFirst()), value: value)
        object[key] = child.isEmpty ? nil : .object(child)
    }

    static func merge(_ target: inout JSONObject, _ source: JSONObject) {
        for (key, value) in source {
            if case .object(let nested) = value {
                var child = target[key]?.objectValue ?? JSONObject()
                merge(&child, nested)
                target[key] = child.isEmpty ? nil : .object(child)
            } else {
                target[key] = value
            }
        }
    }

    /// Keys listed in `known` first, in that order, then the others as they were.
    static func keyOrder(_ keys: [String], known: [String]) -> [String] {
        // Both lists are short: searching them beats hashing every key.
        var ordered: [String] = []
        ordered.reserveCapacity(keys.count)
        var remaining = keys
        for key in known {
            if remaining.isEmpty { break }
            if let position = remaining.firstIndex(of: key) { ordered.append(remaining.remove(at: position)) }
        }
        return ordered + remaining
    }
}
