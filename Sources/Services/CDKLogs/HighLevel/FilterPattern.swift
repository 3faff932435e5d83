import CDK

extension Logs {
    /// A pattern that log events are matched against (the AWS CDK's `IFilterPattern`), built
    /// with ``FilterPattern``.
    public protocol FilterPatternExpression: Sendable {
        /// The pattern's text, as CloudWatch Logs reads it.
        var logPatternString: String { get }
        /// What is wrong with the pattern, if anything; the filter that uses it reports it at
        /// its path.
        var problem: String? { get }
    }

    /// Builds filter patterns (the AWS CDK's `FilterPattern`): text terms, JSON comparisons
    /// and space-delimited columns.
    ///
    /// ```swift
    /// let pattern = Logs.FilterPattern.all(Logs.FilterPattern.exists("$.latency"), Logs.FilterPattern.numberValue("$.latency", ">=", 500))
    /// ```
    public enum FilterPattern {
        /// `text`, used as it is.
        public static func literal(_ text: String) -> any FilterPatternExpression { Literal(logPatternString: text) }

        /// Every event (an empty pattern).
        public static func allEvents() -> any FilterPatternExpression { Literal(logPatternString: "") }

        /// Events that contain every one of `terms`.
        public static func allTerms(_ terms: String...) -> any FilterPatternExpression { Literal(termGroups: [terms]) }

        /// Events that contain any one of `terms`.
        public static func anyTerm(_ terms: String...) -> any FilterPatternExpression { Literal(termGroups: terms.map { [$0] }) }

        /// Events that contain every term of any one of `groups`.
        public static func anyTermGroup(_ groups: [String]...) -> any FilterPatternExpression { Literal(termGroups: groups) }

        /// JSON events whose `jsonField` compares (`=` or `!=`) with `value` (`*` matches any
        /// text at its start or end).
        public static func stringValue(_ jsonField: String, _ comparison: String, _ value: String) -> JsonPattern {
            let (normalized, problem) = stringOperator(comparison)
            return JsonPattern(jsonPatternString: "\(jsonField) \(normalized) \(quote(value))", problem: problem)
        }

        /// JSON events whose `jsonField` compares (`=`, `!=`, `<`, `<=`, `>`, `>=`) with `value`.
        public static func numberValue(_ jsonField: String, _ comparison: String, _ value: Double) -> JsonPattern {
            let (normalized, problem) = numberOperator(comparison)
            return JsonPattern(jsonPatternString: "\(jsonField) \(normalized) \(NumberText.display(value))", problem: problem)
        }

        /// JSON events whose `jsonField` matches (`=`) or does not match (`!=`) the regular
        /// expression `value`.
        public static func regexValue(_ jsonField: String, _ comparison: String, _ value: String) -> JsonPattern {
            JsonPattern(jsonPatternString: "\(jsonField) \(comparison) %\(value)%", problem: nil)
        }

        /// JSON events whose `jsonField` is `null`.
        public static func isNull(_ jsonField: String) -> JsonPattern { JsonPattern(jsonPatternString: "\(jsonField) IS NULL", problem: nil) }

        /// JSON events without `jsonField`.
        public static func notExists(_ jsonField: String) -> JsonPattern { JsonPattern(jsonPatternString: "\(jsonField) NOT EXISTS", problem: nil) }

        /// JSON events with `jsonField` (`jsonField = "*"`).
        public static func exists(_ jsonField: String) -> JsonPattern { stringValue(jsonField, "=", "*") }

        /// JSON events whose `jsonField` is `value`.
        public static func booleanValue(_ jsonField: String, _ value: Bool) -> JsonPattern {
            JsonPattern(jsonPatternString: "\(jsonField) \(value ? "IS TRUE" : "IS FALSE")", problem: nil)
        }

        /// JSON events that match every one of `patterns`.
        public static func all(_ patterns: JsonPattern...) -> JsonPattern {
            combine("&&", patterns, problemIfEmpty: "Must supply at least one pattern, or use allEvents() to match all events.")
        }

        /// JSON events that match any one of `patterns`.
        public static func any(_ patterns: JsonPattern...) -> JsonPattern {
            combine("||", patterns, problemIfEmpty: "Must supply at least one pattern")
        }

        /// Events split into space-delimited `columns` (`...` once for any number of
        /// columns), restricted with ``SpaceDelimitedTextPattern/whereString(_:_:_:)`` and
        /// ``SpaceDelimitedTextPattern/whereNumber(_:_:_:)``.
        public static func spaceDelimited(_ columns: String...) -> SpaceDelimitedTextPattern {
            var problem: String?
            if let invalid = columns.first(where: { $0 != "..." && !isColumnName($0) }) {
                problem = "Invalid column name: \(invalid)"
            } else if columns.filter({ $0 == "..." }).count > 1 {
                problem = "Can use at most one '...' column"
            }
            return SpaceDelimitedTextPattern(columns: columns, restrictions: [:], problem: problem)
        }

        /// A term in double quotes, with `\` and `"` escaped.
        static func quote(_ term: String) -> String {
            "\"" + term.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        }

        /// `=` or `!=` (`==` read as `=`), or the problem.
        static func stringOperator(_ comparison: String) -> (String, String?) {
            let normalized = comparison == "==" ? "=" : comparison
            return ["=", "!="].contains(normalized)
                ? (normalized, nil) : (normalized, "Invalid comparison operator ('\(normalized)'), must be either '=' or '!='")
        }

        /// A numeric comparison (`==` read as `=`), or the problem.
        static func numberOperator(_ comparison: String) -> (String, String?) {
            let normalized = comparison == "==" ? "=" : comparison
            let valid = ["=", "!=", "<", "<=", ">", ">="]
            return valid.contains(normalized)
                ? (normalized, nil) : (normalized, "Invalid comparison operator ('\(normalized)'), must be one of \(valid.joined(separator: ", "))")
        }

        static func isColumnName(_ name: String) -> Bool {
            !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCIILetterOrDigit || $0 == "_" || $0 == "-" }
        }

        private static func combine(_ operator: String, _ patterns: [JsonPattern], problemIfEmpty: String) -> JsonPattern {
            if patterns.isEmpty { return JsonPattern(jsonPatternString: "", problem: problemIfEmpty) }
            if patterns.count == 1 { return patterns[0] }
            return JsonPattern(jsonPatternString: patterns.map { "(\($0.jsonPatternString))" }.joined(separator: " \(`operator`) "),
                               problem: patterns.lazy.compactMap(\.problem).first)
        }

        /// Fixed text, or quoted terms (`"a" "b"`; alternatives as `?"a" ?"b"`).
        struct Literal: FilterPatternExpression {
            let logPatternString: String
            var problem: String? { nil }

            init(logPatternString: String) { self.logPatternString = logPatternString }

            init(termGroups: [[String]]) {
                let clauses = termGroups.map { $0.map(FilterPattern.quote).joined(separator: " ") }
                logPatternString = clauses.count == 1 ? clauses[0] : clauses.map { "?" + $0 }.joined(separator: " ")
            }
        }
    }

    /// A pattern that matches JSON events only (`{ ... }`); such patterns combine with
    /// ``FilterPattern/all(_:)`` and ``FilterPattern/any(_:)``.
    public struct JsonPattern: FilterPatternExpression {
        /// The pattern without its braces.
        public let jsonPatternString: String
        /// What is wrong with the pattern, if anything.
        public let problem: String?

        /// `{ <jsonPatternString> }`.
        public var logPatternString: String { "{ \(jsonPatternString) }" }
    }

    /// A pattern over space-delimited columns (`[ip, user != "-", ..., status >= 500]`).
    public struct SpaceDelimitedTextPattern: FilterPatternExpression {
        let columns: [String]
        let restrictions: [String: [String]]
        /// What is wrong with the pattern, if anything.
        public let problem: String?

        /// This pattern with `column` compared (`=` or `!=`) with the text `value`.
        public func whereString(_ column: String, _ comparison: String, _ value: String) -> SpaceDelimitedTextPattern {
            let (normalized, problem) = FilterPattern.stringOperator(comparison)
            return restricting(column, "\(column) \(normalized) \(FilterPattern.quote(value))",
                               problem: problem ?? (value.isEmpty ? "Invalid restriction: column '\(column)' is compared with an empty string" : nil))
        }

        /// This pattern with `column` compared (`=`, `!=`, `<`, `<=`, `>`, `>=`) with `value`.
        public func whereNumber(_ column: String, _ comparison: String, _ value: Double) -> SpaceDelimitedTextPattern {
            let (normalized, problem) = FilterPattern.numberOperator(comparison)
            return restricting(column, "\(column) \(normalized) \(NumberText.display(value))", problem: problem)
        }

        /// The columns in brackets, each with its restrictions joined by `&&`.
        public var logPatternString: String {
            "[" + columns.map { column in restrictions[column].map { $0.joined(separator: " && ") } ?? column }.joined(separator: ", ") + "]"
        }

        private func restricting(_ column: String, _ restriction: String, problem: String?) -> SpaceDelimitedTextPattern {
            var problem = self.problem ?? problem
            if column == "..." {
                problem = problem ?? "Can't use '...' in a restriction"
            } else if !columns.contains(column) {
                problem = problem ?? "Column in restrictions that is not in columns: \(column)"
            }
            var restrictions = self.restrictions
            restrictions[column, default: []].append(restriction)
            return SpaceDelimitedTextPattern(columns: columns, restrictions: restrictions, problem: problem)
        }
    }
}
