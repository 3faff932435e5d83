import CDK

extension EC2 {
    /// The availability zones of a stack, as the AWS CDK's `stack.availabilityZones` gives them:
    /// for an environment-agnostic stack the first two of `Fn::GetAZs` (or the context value
    /// `aws:cdk:availability-zones:fallback`); for a stack with account and region the context
    /// value `availability-zones:account=<account>:region=<region>` (what the CDK CLI looks up
    /// into `cdk.context.json`), or the AWS CDK's placeholders `dummy1a`, `dummy1b`, `dummy1c`
    /// while it is missing.
    public static func availabilityZones(of stack: Stack) -> [String] {
        let account = stack.account
        let region = stack.region
        if stack.isEnvironmentAgnostic || Token.isUnresolved(account) || Token.isUnresolved(region) {
            if let fallback = stringList(stack.node.tryGetContext("aws:cdk:availability-zones:fallback")) { return fallback }
            return [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())]
        }
        let key = "availability-zones:account=\(account):region=\(region)"
        return stringList(stack.node.tryGetContext(key)) ?? dummyAvailabilityZones
    }

    /// The zones the AWS CDK uses while the `availability-zones` context value is missing.
    static let dummyAvailabilityZones = ["dummy1a", "dummy1b", "dummy1c"]

    private static func stringList(_ value: JSONValue?) -> [String]? {
        guard case .array(let items)? = value else { return nil }
        var zones: [String] = []
        for item in items {
            guard case .string(let zone) = item else { return nil }
            zones.append(zone)
        }
        return zones
    }
}
