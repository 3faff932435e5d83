import CDK

extension SNS {
    /// The conditions one message attribute must meet (the AWS CDK's `SubscriptionFilter`).
    ///
    /// ```swift
    /// $0.filterPolicy = [
    ///     "color": .stringFilter(.init(allowlist: ["red"], matchPrefixes: ["bl"])),
    ///     "price": .numericFilter(.init(between: .init(start: 100, stop: 200))),
    ///     "size": .existsFilter(),
    /// ]
    /// ```
    public struct SubscriptionFilter {
        /// The conditions, as SNS reads them (any one of them matches).
        public let conditions: [JSONValue]

        /// A filter of raw `conditions`.
        public init(conditions: [JSONValue] = []) {
            self.conditions = conditions
        }

        /// Conditions on a string attribute: the allowed values, then `anything-but` the denied
        /// ones, then the prefixes and the suffixes.
        public static func stringFilter(_ conditions: StringConditions) -> SubscriptionFilter {
            var result: [JSONValue] = (conditions.allowlist ?? []).map(JSONValue.string)
            if let denylist = conditions.denylist { result.append(["anything-but": .array(denylist.map(JSONValue.string))]) }
            result += (conditions.matchPrefixes ?? []).map { ["prefix": .string($0)] }
            result += (conditions.matchSuffixes ?? []).map { ["suffix": .string($0)] }
            return SubscriptionFilter(conditions: result)
        }

        /// Conditions on a numeric attribute: the allowed values, then `>`, `>=`, `<`, `<=`, the
        /// inclusive range and the exclusive range.
        public static func numericFilter(_ conditions: NumericConditions) -> SubscriptionFilter {
            func numeric(_ parts: [JSONValue]) -> JSONValue { ["numeric": .array(parts)] }
            var result: [JSONValue] = (conditions.allowlist ?? []).map { numeric(["=", .number($0)]) }
            if let value = conditions.greaterThan { result.append(numeric([">", .number(value)])) }
            if let value = conditions.greaterThanOrEqualTo { result.append(numeric([">=", .number(value)])) }
            if let value = conditions.lessThan { result.append(numeric(["<", .number(value)])) }
            if let value = conditions.lessThanOrEqualTo { result.append(numeric(["<=", .number(value)])) }
            if let range = conditions.between { result.append(numeric([">=", .number(range.start), "<=", .number(range.stop)])) }
            if let range = conditions.betweenStrict { result.append(numeric([">", .number(range.start), "<", .number(range.stop)])) }
            return SubscriptionFilter(conditions: result)
        }

        /// Matches messages that have the attribute.
        public static func existsFilter() -> SubscriptionFilter { SubscriptionFilter(conditions: [["exists": true]]) }

        /// Matches messages that do not have the attribute.
        public static func notExistsFilter() -> SubscriptionFilter { SubscriptionFilter(conditions: [["exists": false]]) }
    }

    /// Conditions on a string attribute (the AWS CDK's `StringConditions`).
    public struct StringConditions {
        /// Values that match.
        ///
        /// Default: none.
        public var allowlist: [String]?
        /// Values that do not match (`anything-but`).
        ///
        /// Default: none.
        public var denylist: [String]?
        /// Prefixes that match.
        ///
        /// Default: none.
        public var matchPrefixes: [String]?
        /// Suffixes that match.
        ///
        /// Default: none.
        public var matchSuffixes: [String]?

        /// Conditions; the members left `nil` add nothing.
        public init(allowlist: [String]? = nil, denylist: [String]? = nil, matchPrefixes: [String]? = nil, matchSuffixes: [String]? = nil) {
            self.allowlist = allowlist
            self.denylist = denylist
            self.matchPrefixes = matchPrefixes
            self.matchSuffixes = matchSuffixes
        }
    }

    /// A range of numbers (the AWS CDK's `BetweenCondition`).
    public struct BetweenCondition {
        /// The start of the range.
        public var start: Double
        /// The end of the range.
        public var stop: Double

        /// The range from `start` to `stop`.
        public init(start: Double, stop: Double) {
            self.start = start
            self.stop = stop
        }
    }

    /// Conditions on a numeric attribute (the AWS CDK's `NumericConditions`).
    public struct NumericConditions {
        /// Values that match.
        ///
        /// Default: none.
        public var allowlist: [Double]?
        /// Matches values greater than this.
        ///
        /// Default: none.
        public var greaterThan: Double?
        /// Matches values greater than or equal to this.
        ///
        /// Default: none.
        public var greaterThanOrEqualTo: Double?
        /// Matches values less than this.
        ///
        /// Default: none.
        public var lessThan: Double?
        /// Matches values less than or equal to this.
        ///
        /// Default: none.
        public var lessThanOrEqualTo: Double?
        /// Matches values in the range, bounds included.
        ///
        /// Default: none.
        public var between: BetweenCondition?
        /// Matches values in the range, bounds excluded.
        ///
        /// Default: none.
        public var betweenStrict: BetweenCondition?

        /// Conditions; the members left `nil` add nothing.
        public init(allowlist: [Double]? = nil, greaterThan: Double? = nil, greaterThanOrEqualTo: Double? = nil,
                    lessThan: Double? = nil, lessThanOrEqualTo: Double? = nil, between: BetweenCondition? = nil,
                    betweenStrict: BetweenCondition? = nil) {
            self.allowlist = allowlist
            self.greaterThan = greaterThan
            self.greaterThanOrEqualTo = greaterThanOrEqualTo
            self.lessThan = lessThan
            self.lessThanOrEqualTo = lessThanOrEqualTo
            self.between = between
            self.betweenStrict = betweenStrict
        }
    }

    /// One entry of a filter policy on the message body (the AWS CDK's `FilterOrPolicy`): the
    /// conditions on a property, or a nested policy for an object property.
    public indirect enum FilterOrPolicy {
        /// Conditions on the property.
        case filter(SubscriptionFilter)
        /// A policy for the properties of the object property.
        case policy(KeyValuePairs<String, FilterOrPolicy>)
    }
}
