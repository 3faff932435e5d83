import CDK

extension Events {
    /// Turns the ``EventField`` tokens of an input into `<name>` placeholders and the paths map
    /// of an input transformer, as the AWS CDK's `FieldAwareEventInput` does.
    enum FieldPlaceholders {
        /// The input properties of `value`: `input` when it holds no event field, otherwise an
        /// input template and its paths map. In an object (`unquotingPlaceholders`), a
        /// placeholder that is a whole string loses its quotes, so that EventBridge puts the
        /// field's JSON value there (a number stays a number).
        static func bind(_ value: JSONValue, in rule: Rule, unquotingPlaceholders: Bool, splittingLines: Bool = false) throws -> RuleTargetInputProperties {
            var placeholders = Placeholders()
            let replaced = try placeholders.replace(in: value, at: rule)
            let stack = try Stack.of(rule)
            let text: String
            if splittingLines, case .string(let multiline) = replaced {
                text = multiline.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { stack.toJsonString(.string(String($0))) }.joined(separator: "\n")
            } else {
                text = stack.toJsonString(replaced)
            }
            guard !placeholders.pathsByKey.isEmpty else { return RuleTargetInputProperties(input: text) }
            let template = unquotingPlaceholders ? Token.asString(Unquoted(text: text, keys: placeholders.keys)) : text
            return RuleTargetInputProperties(inputTemplate: template, inputPathsMap: placeholders.pathsByKey)
        }

        /// The placeholder names given so far: one per path, the field's display hint, or
        /// `f<n>` when the hint is empty.
        struct Placeholders {
            var keyByPath: [String: String] = [:]
            var pathsByKey: [String: String] = [:]
            var keys: [String] = []
            var counter = 0

            mutating func replace(in value: JSONValue, at rule: Rule) throws -> JSONValue {
                switch value {
                case .string(let s):
                    return .string(try Token.replacing(in: s) { token in
                        guard let field = token as? EventField else { return nil }
                        return "<\(try key(for: field, at: rule))>"
                    })
                case .array(let elements):
                    return .array(try elements.map { try replace(in: $0, at: rule) })
                case .object(let object):
                    var replaced = JSONObject(minimumCapacity: object.count)
                    for (key, member) in object.members { replaced[key] = try replace(in: member, at: rule) }
                    return .object(replaced)
                case .number, .bool, .null:
                    return value
                }
            }

            mutating func key(for field: EventField, at rule: Rule) throws -> String {
                if let existing = keyByPath[field.path] { return existing }
                counter += 1
                let key = field.displayHint.isEmpty ? "f\(counter)" : field.displayHint
                keyByPath[field.path] = key
                if let other = pathsByKey[key], other != field.path {
                    throw CDKError("EventFieldKeyUsedTwice", "Single key '\(key)' is used for two different JSON paths: '\(field.path)' and '\(other)'. Use paths whose names differ in letters, digits, '_' or '-'.", at: rule)
                }
                if pathsByKey[key] == nil { keys.append(key) }
                pathsByKey[key] = field.path
                return key
            }
        }

        /// The JSON text `text` resolves to, with the quotes around each lone `"<key>"` taken
        /// away (not those of an escaped quote, which belong to a string in the text).
        final class Unquoted: Resolvable {
            let text: String
            let keys: [String]

            init(text: String, keys: [String]) {
                self.text = text
                self.keys = keys
            }

            var displayHint: String { "InputTemplate" }

            func resolve(_ context: ResolveContext) throws -> JSONValue? {
                try context.resolve(.string(text)).map(unquote)
            }

            private func unquote(_ value: JSONValue) -> JSONValue {
                switch value {
                case .string(let s): .string(keys.reduce(s) { Self.unquote(key: $1, in: $0) })
                case .array(let elements): .array(elements.map(unquote))
                case .object(let object): .object(JSONObject(object.members.map { ($0.key, unquote($0.value)) }))
                case .number, .bool, .null: value
                }
            }

            static func unquote(key: String, in s: String) -> String {
                let placeholder = "\"<\(key)>\""
                let parts = s.split(separator: placeholder, omittingEmptySubsequences: false)
                guard parts.count > 1 else { return s }
                var result = String(parts[0])
                for i in 1..<parts.count {
                    let backslashes = parts[i - 1].reversed().prefix { $0 == "\\" }.count
                    result += (backslashes % 2 == 1 ? placeholder : "<\(key)>") + parts[i]
                }
                return result
            }
        }
    }
}
