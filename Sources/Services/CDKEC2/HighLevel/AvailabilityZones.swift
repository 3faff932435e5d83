import CDK

extension EC2 {
    /// The availability zones of a stack, as the AWS CDK's `stack.availabilityZones` gives them:
    /// for an environment-agnostic stack the first two of `Fn::GetAZs` (or the context value
    /// `aws:cdk:availability-zones:fallback`); for a stack with account and region the value of
    /// the `availability-zones` context provider (key
    /// `availability-zones:account=<account>:region=<region>`, which the CDK CLI looks up into
    /// `cdk.context.json`). While that value is missing, the stack reports it (the manifest's
    /// `missing` list) and the AWS CDK's placeholders `dummy1a`, `dummy1b`, `dummy1c` stand in.
    /// Throws when the context value is not a list of names.
    public static func availabilityZones(of stack: Stack) throws -> [String] {
        if Token.isUnresolved(stack.account) || Token.isUnresolved(stack.region) {
            if let fallback = stringList(stack.node.tryGetContext(availabilityZoneFallbackContextKey)) { return fallback }
            return [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())]
        }
        let value = try ContextProvider.getValue(stack, provider: ContextProvider.availabilityZones,
                                                 dummyValue: .array(dummyAvailabilityZones.map { .string($0) }))
        guard let zones = stringList(value) else {
            throw CDKError("AvailabilityZonesNotAList", "Provider \(ContextProvider.availabilityZones) expects a list: the context value of \(stack.node.path)'s availability zones is \(value.map { JSONWriter.compact($0) } ?? "missing"). Give a list of zone names, such as [\"eu-west-1a\", \"eu-west-1b\"], or remove the value from cdk.context.json so that the CLI looks it up again.", at: stack)
        }
        return zones
    }

    /// The context key of the zones of an environment-agnostic stack (the AWS CDK's
    /// `AVAILABILITY_ZONE_FALLBACK_CONTEXT_KEY`).
    public static let availabilityZoneFallbackContextKey = "aws:cdk:availability-zones:fallback"

    /// The zones the AWS CDK uses while the `availability-zones` context value is missing.
    static let dummyAvailabilityZones = ["dummy1a", "dummy1b", "dummy1c"]

    static func stringList(_ value: JSONValue?) -> [String]? {
        guard case .array(let items)? = value else { return nil }
        var zones: [String] = []
        for item in items {
            guard case .string(let zone) = item else { return nil }
            zones.append(zone)
        }
        return zones
    }
}
