import CDK

extension Template {
    /// Asserts that a resource of `type` matches `props`, which is compared with the whole
    /// resource (`Type`, `Properties`, `DependsOn`, policies...), deep-partially.
    public func hasResource(_ type: String, _ props: Pattern) throws {
        let match = try SectionMatch(resources(ofType: type, in: json), props)
        if !match.isMatch { throw sectionFailure(match, qualifier: "resources with type \(type)") }
    }

    /// Asserts that a resource of `type` has `Properties` matching `props`, deep-partially.
    public func hasResourceProperties(_ type: String, _ props: Pattern) throws {
        let match = try SectionMatch(resources(ofType: type, in: amended(for: props)), Self.properties(props))
        if !match.isMatch { throw sectionFailure(match, qualifier: "resources with type \(type)") }
    }

    /// Asserts that the template has exactly `count` resources of `type`.
    public func resourceCountIs(_ type: String, _ count: Int) throws {
        let counted = resources(ofType: type, in: json).count
        if counted != count { throw AssertionFailure("Expected \(count) resources of type \(type) but found \(counted)") }
    }

    /// Asserts that exactly `count` resources of `type` have `Properties` matching `props`.
    public func resourcePropertiesCountIs(_ type: String, _ props: Pattern, _ count: Int) throws {
        let match = try SectionMatch(resources(ofType: type, in: amended(for: props)), Self.properties(props))
        let counted = match.matches.count
        if counted != count { throw AssertionFailure("Expected \(count) resources of type \(type) but found \(counted)") }
    }

    /// The resources of `type` that match `props` (all of them by default), by logical id.
    public func findResources(_ type: String, _ props: Pattern = [:]) throws -> JSONObject {
        try SectionMatch(resources(ofType: type, in: json), props).matches
    }

    /// Asserts that every resource of `type` matches `props` (compared with the whole resource).
    public func allResources(_ type: String, _ props: Pattern) throws {
        try assertAll(type, try SectionMatch(resources(ofType: type, in: json), props))
    }

    /// Asserts that every resource of `type` has `Properties` matching `props`.
    public func allResourcesProperties(_ type: String, _ props: Pattern) throws {
        try assertAll(type, try SectionMatch(resources(ofType: type, in: amended(for: props)), Self.properties(props)))
    }

    private func assertAll(_ type: String, _ match: SectionMatch) throws {
        let matched = match.matches.count
        guard matched == 0 || match.analyzed.count > matched else { return }
        let head = matched == 0
            ? "Template has \(match.analyzed.count) resource(s) with type \(type), but none match as expected."
            : "Template has \(match.analyzed.count) resource(s) with type \(type), but only \(matched) match as expected."
        let aws = head + "\n" + match.mismatchList()
        let ids = match.analyzed.keys.filter { !match.matches.contains($0) }
        let detailed = head + "\n" + (["The following resources do not match the given definition:"] + ids.map { "\t\(label($0))" }).joined(separator: "\n")
        throw AssertionFailure(detailed, awsCDKDescription: aws)
    }

    /// `objectLike({Properties: props})`.
    private static func properties(_ props: Pattern) -> Pattern {
        .matcher(ObjectMatcher(name: "objectLike", pattern: [(key: "Properties", value: props)]))
    }

    /// The template with `Properties: {}` added to resources that have none, so that
    /// property patterns apply to them (unless the pattern is `Match.absent()`).
    private func amended(for props: Pattern) -> JSONObject {
        if case .matcher(let matcher) = props.kind, matcher is AbsentMatcher { return json }
        var resources = section("Resources")
        for (id, resource) in resources {
            if case .object(var object) = resource, !object.contains("Properties") {
                object["Properties"] = .object([:])
                resources[id] = .object(object)
            }
        }
        var copy = json
        if json["Resources"] != nil { copy["Resources"] = .object(resources) }
        return copy
    }

    private func resources(ofType type: String, in template: JSONObject) -> JSONObject {
        let all = template["Resources"]?.objectValue ?? [:]
        return JSONObject(all.members.filter { $0.value["Type"] == .string(type) }.map { ($0.key, $0.value) })
    }
}
