import CDK

extension Events {
    /// What a rule sends to a target instead of the matched event (the AWS CDK's
    /// `RuleTargetInput`): fixed text or JSON, or a part of the event.
    ///
    /// Text and objects may hold ``EventField`` values; the rule then sends them through an
    /// input transformer that fills them in from the event:
    ///
    /// ```swift
    /// $0.message = .fromText("Instance \(Events.EventField.fromPath("$.detail.instance-id")) stopped")
    /// ```
    public struct RuleTargetInput: Sendable {
        enum Kind: Sendable {
            case object(JSONValue)
            case text(String)
            case multilineText(String)
            case eventPath(String)
        }

        let kind: Kind

        /// `text`, sent as one JSON string. Not for JSON objects: use ``fromObject(_:)``.
        public static func fromText(_ text: String) -> RuleTargetInput { RuleTargetInput(kind: .text(text)) }

        /// `text` split at its line breaks, each line sent as a JSON string (for targets that
        /// take more than one argument).
        public static func fromMultilineText(_ text: String) -> RuleTargetInput { RuleTargetInput(kind: .multilineText(text)) }

        /// `object`, sent as JSON.
        public static func fromObject(_ object: JSONValue) -> RuleTargetInput { RuleTargetInput(kind: .object(object)) }

        /// The part of the event at the JSONPath `path` (`$.detail`).
        public static func fromEventPath(_ path: String) -> RuleTargetInput { RuleTargetInput(kind: .eventPath(path)) }

        /// The target's input properties for `rule`.
        public func bind(_ rule: Rule) throws -> RuleTargetInputProperties {
            switch kind {
            case .eventPath(let path):
                return RuleTargetInputProperties(inputPath: path)
            case .object(let object):
                return try FieldPlaceholders.bind(object, in: rule, unquotingPlaceholders: true)
            case .text(let text):
                return try FieldPlaceholders.bind(.string(text), in: rule, unquotingPlaceholders: false)
            case .multilineText(let text):
                return try FieldPlaceholders.bind(.string(text), in: rule, unquotingPlaceholders: false, splittingLines: true)
            }
        }
    }

    /// How a target receives its input (the AWS CDK's `RuleTargetInputProperties`).
    public struct RuleTargetInputProperties {
        /// Fixed input (JSON text).
        ///
        /// Default: none.
        public var input: String?
        /// The JSONPath of the part of the event to send.
        ///
        /// Default: the whole event.
        public var inputPath: String?
        /// The template the values of ``inputPathsMap`` are put into.
        ///
        /// Default: none.
        public var inputTemplate: String?
        /// The placeholders of ``inputTemplate`` and the JSONPaths of their values.
        ///
        /// Default: none.
        public var inputPathsMap: [String: String]?

        /// Input properties.
        public init(input: String? = nil, inputPath: String? = nil, inputTemplate: String? = nil, inputPathsMap: [String: String]? = nil) {
            self.input = input
            self.inputPath = inputPath
            self.inputTemplate = inputTemplate
            self.inputPathsMap = inputPathsMap
        }
    }

    /// A field of the matched event, put into a ``RuleTargetInput`` as a placeholder (the AWS
    /// CDK's `EventField`).
    public final class EventField: Resolvable {
        /// The JSONPath of the field.
        public let path: String
        /// The placeholder's name: the path without its leading `$.`, other characters than
        /// letters, digits, `_` and `-` turned into `-`.
        public let displayHint: String

        private init(path: String) {
            self.path = path
            let kept = path.unicodeScalars.drop { !Self.isNameCharacter($0) }
            displayHint = String(String.UnicodeScalarView(kept.map { Self.isNameCharacter($0) ? $0 : "-" }))
        }

        private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCIILetterOrDigit || scalar == "_" || scalar == "-"
        }

        /// The field at the JSONPath `path` of the event, as a string token.
        public static func fromPath(_ path: String) -> String { Token.asString(EventField(path: path)) }

        /// The event's id.
        public static var eventId: String { fromPath("$.id") }
        /// The event's detail type.
        public static var detailType: String { fromPath("$.detail-type") }
        /// The event's source.
        public static var source: String { fromPath("$.source") }
        /// The account the event came from.
        public static var account: String { fromPath("$.account") }
        /// The event's time.
        public static var time: String { fromPath("$.time") }
        /// The region the event came from.
        public static var region: String { fromPath("$.region") }

        /// Outside an input, the field stands for its path.
        public func resolve(_ context: ResolveContext) throws -> JSONValue? { .string(path) }
    }
}
