import CDK

extension Template {
    /// Asserts that an output (`"*"`: any output) matches `props`, deep-partially.
    public func hasOutput(_ logicalId: String, _ props: Pattern) throws {
        try assertSection("Outputs", logicalId, props, qualifier: "outputs named \(logicalId)")
    }

    /// The outputs (`"*"`: all) that match `props`, by logical id.
    public func findOutputs(_ logicalId: String = "*", _ props: Pattern = [:]) throws -> JSONObject {
        try SectionMatch(section("Outputs").filtered(logicalId: logicalId), props).matches
    }

    /// Asserts that a parameter (`"*"`: any parameter) matches `props`, deep-partially.
    public func hasParameter(_ logicalId: String, _ props: Pattern) throws {
        try assertSection("Parameters", logicalId, props, qualifier: "parameters with logicalId '\(logicalId)'")
    }

    /// The parameters (`"*"`: all) that match `props`, by logical id.
    public func findParameters(_ logicalId: String = "*", _ props: Pattern = [:]) throws -> JSONObject {
        try SectionMatch(section("Parameters").filtered(logicalId: logicalId), props).matches
    }

    /// Asserts that a mapping (`"*"`: any mapping) matches `props`, deep-partially.
    public func hasMapping(_ logicalId: String, _ props: Pattern) throws {
        try assertSection("Mappings", logicalId, props, qualifier: "mappings with logicalId \(logicalId)")
    }

    /// The mappings (`"*"`: all) that match `props`, by logical id.
    public func findMappings(_ logicalId: String = "*", _ props: Pattern = [:]) throws -> JSONObject {
        try SectionMatch(section("Mappings").filtered(logicalId: logicalId), props).matches
    }

    /// Asserts that a condition (`"*"`: any condition) matches `props`, deep-partially.
    public func hasCondition(_ logicalId: String, _ props: Pattern) throws {
        try assertSection("Conditions", logicalId, props, qualifier: "conditions with logicalId \(logicalId)")
    }

    /// The conditions (`"*"`: all) that match `props`, by logical id.
    public func findConditions(_ logicalId: String = "*", _ props: Pattern = [:]) throws -> JSONObject {
        try SectionMatch(section("Conditions").filtered(logicalId: logicalId), props).matches
    }

    /// Asserts that the whole template matches `expected` (deep-partially, unless it is a
    /// matcher such as ``Match/exact(_:)``).
    public func templateMatches(_ expected: Pattern) throws {
        let result = try expected.entryMatcher.test(.object(json)).finished()
        guard result.hasFailed else { return }
        throw AssertionFailure((["Template did not match as expected. The following mismatches were found:"]
            + result.toHumanStrings().map { "\t" + $0 }).joined(separator: "\n"))
    }

    private func assertSection(_ name: String, _ logicalId: String, _ props: Pattern, qualifier: String) throws {
        let match = try SectionMatch(section(name).filtered(logicalId: logicalId), props)
        if !match.isMatch { throw sectionFailure(match, qualifier: qualifier) }
    }
}
