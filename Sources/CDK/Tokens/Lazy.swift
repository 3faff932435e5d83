/// Values computed at synthesis, when everything they depend on is known (the AWS CDK's `Lazy`).
///
/// ```swift
/// let count = Lazy.number { Double(queues.count) }
/// ```
///
/// A lazy value is computed once and cached, unless it is made with an `uncached` variant.
public enum Lazy {
    /// A string produced at synthesis. The produced string may contain tokens.
    public static func string(_ produce: @escaping () throws -> String?) -> String {
        Token.asString(LazyValue(cached: true) { try produce().map(JSONValue.string) })
    }

    /// A string produced anew each time it is resolved.
    public static func uncachedString(_ produce: @escaping () throws -> String?) -> String {
        Token.asString(LazyValue(cached: false) { try produce().map(JSONValue.string) })
    }

    /// A number produced at synthesis.
    public static func number(_ produce: @escaping () throws -> Double?) -> Double {
        Token.asNumber(LazyValue(cached: true) { try produce().map(JSONValue.number) })
    }

    /// A number produced anew each time it is resolved.
    public static func uncachedNumber(_ produce: @escaping () throws -> Double?) -> Double {
        Token.asNumber(LazyValue(cached: false) { try produce().map(JSONValue.number) })
    }

    /// A list of strings produced at synthesis.
    public static func list(_ produce: @escaping () throws -> [String]?) -> [String] {
        Token.asList(LazyValue(cached: true) { try produce().map { .array($0.map(JSONValue.string)) } })
    }

    /// A list of strings produced anew each time it is resolved.
    public static func uncachedList(_ produce: @escaping () throws -> [String]?) -> [String] {
        Token.asList(LazyValue(cached: false) { try produce().map { .array($0.map(JSONValue.string)) } })
    }

    /// Any JSON value produced at synthesis, as a resolvable.
    public static func any(_ produce: @escaping () throws -> JSONValue?) -> any Resolvable {
        LazyValue(cached: true, produce)
    }

    /// Any JSON value produced anew each time it is resolved.
    public static func uncachedAny(_ produce: @escaping () throws -> JSONValue?) -> any Resolvable {
        LazyValue(cached: false, produce)
    }
}

final class LazyValue: Resolvable {
    private let produce: () throws -> JSONValue?
    private let cached: Bool
    private var cache: JSONValue??

    /// Whether the value is computed once.
    var isCached: Bool { cached }

    init(cached: Bool, _ produce: @escaping () throws -> JSONValue?) {
        self.cached = cached
        self.produce = produce
    }

    var displayHint: String { "Lazy" }

    func resolve(_ context: ResolveContext) throws -> JSONValue? {
        if cached, let cache { return cache }
        let value = try produce()
        if cached { cache = .some(value) }
        return value
    }
}
