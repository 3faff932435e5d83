import CDKJSON

/// Decides what changing one top-level property does to a resource, from the registry:
/// create-only properties (whole or nested pointers) and legacy immutable ones replace it,
/// legacy conditional ones may replace it, everything else updates it in place.
struct PropertyImpact {
    let registry: ResourceTypeRegistry

    /// The impact of changing `name` of a `type` resource from `old` to `new`, and why.
    func classify(type: String, name: String, old: JSONValue?, new: JSONValue?) -> (impact: ChangeImpact, reason: String?) {
        guard old != new else { return (.noChange, nil) }
        guard let entry = registry.entries[type] else { return (.update, nil) }
        let whole = "/properties/" + name
        if entry.info.createOnlyProperties.contains(whole) {
            return (.replace, "create-only")
        }
        if entry.legacyReplacing.contains(name) {
            return (.replace, "immutable")
        }
        for pointer in entry.info.createOnlyProperties where pointer.hasPrefix(whole + "/") {
            let tokens = JSONPointer.tokens(pointer).dropFirst(2)
            if JSONPointer.values(at: tokens, in: old) != JSONPointer.values(at: tokens, in: new) {
                return (.replace, "create-only " + String(pointer.dropFirst("/properties/".count)))
            }
        }
        if entry.mayReplace.contains(name) {
            return (.mayReplace, "conditional")
        }
        return (.update, nil)
    }
}
