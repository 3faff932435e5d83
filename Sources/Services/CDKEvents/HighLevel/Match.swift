import CDK

extension Events {
    /// Matchers of event patterns (the AWS CDK's `Match`): each is a list token that goes
    /// where the pattern takes a list of values, or into `detail`.
    ///
    /// ```swift
    /// Events.EventPattern(source: Events.Match.prefix("aws."), detail: ["size": Events.Match.interval(10, 20).jsonValue])
    /// ```
    public enum Match {
        /// The field is `null`.
        public static func nullValue() -> [String] { matcher([.null]) }
        /// The field is present.
        public static func exists() -> [String] { matcher([["exists": true]]) }
        /// The field is absent.
        public static func doesNotExist() -> [String] { matcher([["exists": false]]) }
        /// The field is exactly `value`.
        public static func exactString(_ value: String) -> [String] { matcher([.string(value)]) }
        /// The field is `value`, ignoring case.
        public static func equalsIgnoreCase(_ value: String) -> [String] { matcher([["equals-ignore-case": .string(value)]]) }
        /// The field starts with `value`.
        public static func prefix(_ value: String) -> [String] { matcher([["prefix": .string(value)]]) }
        /// The field ends with `value`.
        public static func suffix(_ value: String) -> [String] { matcher([["suffix": .string(value)]]) }
        /// The field matches the wildcard pattern `value` (`*` for any text).
        public static func wildcard(_ value: String) -> [String] { matcher([["wildcard": .string(value)]]) }

        /// The field is an IP address in the CIDR `range` (IPv4 or IPv6).
        public static func cidr(_ range: String) -> [String] {
            matcher([["cidr": .string(range)]], problem: isCidr(range) ? nil : "Invalid IP address range: \(range)")
        }

        /// The same as ``cidr(_:)``.
        public static func ipAddressRange(_ range: String) -> [String] { cidr(range) }

        /// The field is none of `values`.
        public static func anythingBut(_ values: String...) -> [String] {
            matcher([["anything-but": .array(values.map(JSONValue.string))]], problem: values.isEmpty ? "anythingBut matchers must be non-empty lists" : nil)
        }

        /// The field is none of the numbers `values`.
        public static func anythingBut(_ values: Double...) -> [String] {
            matcher([["anything-but": .array(values.map(JSONValue.number))]], problem: values.isEmpty ? "anythingBut matchers must be non-empty lists" : nil)
        }

        /// The field starts with none of `values`.
        public static func anythingButPrefix(_ values: String...) -> [String] { anythingBut("prefix", values) }
        /// The field ends with none of `values`.
        public static func anythingButSuffix(_ values: String...) -> [String] { anythingBut("suffix", values) }
        /// The field matches none of the wildcard patterns `values`.
        public static func anythingButWildcard(_ values: String...) -> [String] { anythingBut("wildcard", values) }
        /// The field is none of `values`, ignoring case.
        public static func anythingButEqualsIgnoreCase(_ values: String...) -> [String] { anythingBut("equals-ignore-case", values) }

        /// The field is a number greater than `value`.
        public static func greaterThan(_ value: Double) -> [String] { numeric(">", value) }
        /// The field is a number greater than or equal to `value`.
        public static func greaterThanOrEqual(_ value: Double) -> [String] { numeric(">=", value) }
        /// The field is a number less than `value`.
        public static func lessThan(_ value: Double) -> [String] { numeric("<", value) }
        /// The field is a number less than or equal to `value`.
        public static func lessThanOrEqual(_ value: Double) -> [String] { numeric("<=", value) }
        /// The field is the number `value`.
        public static func equal(_ value: Double) -> [String] { numeric("=", value) }

        /// The field is a number from `lower` to `upper`, both included.
        public static func interval(_ lower: Double, _ upper: Double) -> [String] {
            guard lower <= upper else {
                return matcher([], problem: "Invalid interval: [\(NumberText.display(lower)), \(NumberText.display(upper))]")
            }
            return allOf(greaterThanOrEqual(lower), lessThanOrEqual(upper))
        }

        /// Every one of the numeric `matchers`, merged into one.
        public static func allOf(_ matchers: [String]...) -> [String] {
            Token.asList(Matcher(matchers.map { $0.jsonValue }, merge: true,
                                 problem: matchers.isEmpty ? "A list of matchers must contain at least one element." : nil))
        }

        /// Any one of `matchers`.
        public static func anyOf(_ matchers: [String]...) -> [String] {
            Token.asList(Matcher(matchers.map { $0.jsonValue }, merge: false,
                                 problem: matchers.isEmpty ? "A list of matchers must contain at least one element." : nil))
        }

        private static func numeric(_ operator: String, _ value: Double) -> [String] {
            matcher([["numeric": [.string(`operator`), .number(value)]]])
        }

        /// `{"anything-but": {key: value}}`, the value alone when there is one.
        private static func anythingBut(_ key: String, _ values: [String]) -> [String] {
            let value: JSONValue = values.count == 1 ? .string(values[0]) : .array(values.map(JSONValue.string))
            return matcher([["anything-but": .object(JSONObject([(key, value)]))]], problem: values.isEmpty ? "anythingBut matchers must be non-empty lists" : nil)
        }

        private static func matcher(_ values: [JSONValue], problem: String? = nil) -> [String] {
            Token.asList(Matcher(values, merge: false, problem: problem))
        }

        /// An IPv4 range (`10.0.0.0/8`) or an IPv6 one (`2001:db8::/32`), the prefix optional.
        static func isCidr(_ range: String) -> Bool {
            let parts = range.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return false }
            let address = parts[0]
            let prefix = parts.count == 2 ? Int(parts[1]) : nil
            if parts.count == 2 && (prefix == nil || parts[1].isEmpty || !parts[1].allSatisfy(\.isASCII)) { return false }
            let octets = address.split(separator: ".", omittingEmptySubsequences: false)
            if octets.count == 4 {
                return octets.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } } && (prefix.map { (0...32).contains($0) } ?? true)
            }
            let groups = address.split(separator: ":", omittingEmptySubsequences: false)
            let isHex = groups.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }
            let compressed = address.contains("::")
            return address.contains(":") && isHex && (compressed ? groups.count <= 8 : groups.count == 8) && (prefix.map { (0...128).contains($0) } ?? true)
        }
    }

    /// The values of a matcher; matchers in it (list tokens) are resolved and flattened, and,
    /// when merged, numeric ones become one `numeric` condition.
    final class Matcher: Resolvable {
        let matchers: [JSONValue]
        let merge: Bool
        let problem: String?

        init(_ matchers: [JSONValue], merge: Bool, problem: String?) {
            self.matchers = matchers
            self.merge = merge
            self.problem = problem
        }

        var displayHint: String { "Match" }

        func resolve(_ context: ResolveContext) throws -> JSONValue? {
            if let problem { throw CDKError(code: "InvalidEventPatternMatcher", message: "\(problem) (in an event pattern).") }
            var values: [JSONValue] = []
            for matcher in matchers {
                switch try context.resolve(matcher) {
                case .array(let elements): values += elements
                case let value?: values.append(value)
                case nil: break
                }
            }
            guard merge else { return .array(values) }
            var conditions: [JSONValue] = []
            for value in values {
                guard case .object(let object) = value, case .array(let numeric)? = object["numeric"] else {
                    throw CDKError(code: "OnlyNumericMatchersMerge", message: "Only numeric matchers can be merged into a single matcher (in Match.allOf).")
                }
                conditions += numeric
            }
            return [["numeric": .array(conditions)]]
        }
    }
}
