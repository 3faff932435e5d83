/// Lookups of values from the deployment environment through the context, as the AWS CDK's
/// `ContextProvider`: a construct asks for a value by provider name and props; the value is
/// read from the context under a key made of them (`availability-zones:account=...:region=...`).
/// When it is not there, the query is recorded in the stack, synthesis writes it into the
/// manifest's `missing` list, and the construct goes on with a dummy value. The AWS CDK CLI then
/// looks the value up, saves it in `cdk.context.json` and runs the app again, which passes it
/// back in `CDK_CONTEXT_JSON`.
///
/// ```swift
/// let zones = try ContextProvider.getValue(stack, provider: ContextProvider.availabilityZones,
///                                          dummyValue: ["dummy1a", "dummy1b", "dummy1c"])
/// ```
public enum ContextProvider {
    /// The provider of a region's availability zones.
    public static let availabilityZones = "availability-zones"
    /// The provider of a VPC and its subnets.
    public static let vpc = "vpc-provider"
    /// The provider of an SSM parameter's value.
    public static let ssmParameter = "ssm"
    /// The provider of a Route 53 hosted zone.
    public static let hostedZone = "hosted-zone"
    /// The provider of a machine image.
    public static let ami = "ami"
    /// The provider of an endpoint service's availability zones.
    public static let endpointServiceAvailabilityZones = "endpoint-service-availability-zones"
    /// The provider of a load balancer.
    public static let loadBalancer = "load-balancer"
    /// The provider of a load balancer listener.
    public static let loadBalancerListener = "load-balancer-listener"
    /// The provider of a security group.
    public static let securityGroup = "security-group"
    /// The provider of a KMS key.
    public static let kmsKey = "key-provider"
    /// The provider of any resource through Cloud Control.
    public static let cloudControl = "cc-api-provider"

    /// The key under which a context value is found, when it reports an error of the lookup
    /// (the AWS CDK's `PROVIDER_ERROR_KEY`).
    public static let providerErrorKey = "$providerError"

    /// The context key of a query and the props it is made of (the stack's `account` and
    /// `region` first, unless `includeEnvironment` is `false`), as the AWS CDK's
    /// `ContextProvider.getKey` makes them: `<provider>:<key>=<value>:...`, the pairs sorted,
    /// nested objects flattened to `outer.inner=...`, colons in text values quoted as `$:`,
    /// other values in JSON. Throws when a prop is an unresolved token.
    public static func getKey(_ scope: Construct, provider: String, props: JSONObject = [:],
                              includeEnvironment: Bool = true) throws -> (key: String, props: JSONObject) {
        let stack = try Stack.of(scope)
        var all = JSONObject()
        if includeEnvironment {
            all["account"] = .string(stack.account)
            all["region"] = .string(stack.region)
        }
        for (key, value) in props { all[key] = value }
        if all.values.contains(where: { if case .string(let text) = $0 { Token.isUnresolved(text) } else { false } }) {
            throw CDKError("ContextProviderPropsUnresolved", "Cannot determine scope for context provider \(provider).\nThis usually happens when one or more of the provider props have unresolved tokens. Give concrete values (and the stack an explicit account and region).", at: scope)
        }
        return ("\(provider):\(keyParts(all).joined(separator: ":"))", all)
    }

    /// The context value of a query, or `dummyValue` when it is missing (or holds a lookup
    /// error, which is then reported as an error annotation of `scope`); a missing value is
    /// recorded in the stack, for the manifest's `missing` list. Throws when the stack has no
    /// concrete account and region.
    ///
    /// `ignoreFailedLookup` tells the CLI to store `dummyValue` when the looked-up resource
    /// does not exist (supported by the KMS key and SSM parameter providers).
    public static func getValue(_ scope: Construct, provider: String, props: JSONObject = [:], includeEnvironment: Bool = true,
                                dummyValue: JSONValue?, ignoreFailedLookup: Bool? = nil) throws -> JSONValue? {
        let stack = try Stack.of(scope)
        if Token.isUnresolved(stack.account) || Token.isUnresolved(stack.region) {
            throw CDKError("ContextProviderNeedsEnvironment", "Cannot retrieve value from context provider \(provider) since account/region are not specified at the stack level. Configure \"env\" with an account and region when you define your stack. See https://docs.aws.amazon.com/cdk/latest/guide/environments.html for more details.", at: scope)
        }
        let (key, props) = try getKey(scope, provider: provider, props: props, includeEnvironment: includeEnvironment)
        let value = scope.node.tryGetContext(key)
        let providerError = value?.objectValue?[providerErrorKey].map { $0.stringValue ?? JSONWriter.compact($0) }
        if let value, providerError == nil { return value }
        var extended = JSONObject()
        if let dummyValue { extended["dummyValue"] = dummyValue }
        // The manifest keeps the field's original name.
        if let ignoreFailedLookup { extended["ignoreErrorOnMissingContext"] = .bool(ignoreFailedLookup) }
        for (name, prop) in props { extended[name] = prop }
        stack.reportMissingContextKey(MissingContext(key: key, provider: provider, props: extended))
        if let providerError { Annotations.of(scope).addError(providerError) }
        return dummyValue
    }

    /// The `key=value` parts of `props`, sorted as JavaScript sorts strings (by UTF-16 code unit).
    private static func keyParts(_ props: JSONObject, prefix: String = "") -> [String] {
        var parts: [String] = []
        for (key, value) in props {
            switch value {
            case .null:
                continue
            case .object(let nested):
                parts += keyParts(nested, prefix: "\(prefix)\(key).")
            case .array(let items):
                parts += keyParts(JSONObject(items.enumerated().map { (String($0.offset), $0.element) }), prefix: "\(prefix)\(key).")
            case .string(let text):
                // The AWS CDK quotes `:` as `$:`; its `$` → `$$` replacement writes a single `$`.
                parts.append("\(prefix)\(key)=\(text.replacing(":", with: "$:"))")
            case .bool, .number:
                parts.append("\(prefix)\(key)=\(JSONWriter.compact(value))")
            }
        }
        return parts.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
    }
}

/// A context value a lookup did not find: what the manifest's `missing` list holds for the
/// AWS CDK CLI to look up (the cloud assembly schema's `MissingContext`).
public struct MissingContext: Sendable, Equatable {
    /// The context key the value is saved under.
    public let key: String
    /// The context provider that looks it up (`availability-zones`, `vpc-provider`, ...).
    public let provider: String
    /// The query: the provider's props, with `account`, `region`, the `dummyValue` and, once
    /// synthesized by a synthesizer with a lookup role, `lookupRoleArn`.
    public let props: JSONObject

    /// A missing value of `provider` under `key`, queried with `props`.
    public init(key: String, provider: String, props: JSONObject) {
        self.key = key
        self.provider = provider
        self.props = props
    }

    /// The entry of the manifest's `missing` list.
    public var jsonValue: JSONValue {
        ["key": .string(key), "provider": .string(provider), "props": .object(props)]
    }
}

extension Stack {
    /// Records that a context value is missing, so that synthesis lists it in the manifest and
    /// the CLI looks it up (the AWS CDK's `Stack.reportMissingContextKey`).
    public func reportMissingContextKey(_ report: MissingContext) {
        missingContext.append(report)
    }
}
