import CDK

/// Captures the values it is matched against, to read them after the assertion:
///
/// ```swift
/// let arn = Capture()
/// try template.hasResourceProperties("AWS::Lambda::Function", ["Role": ["Fn::GetAtt": [arn, "Arn"]]])
/// #expect(try arn.asString() == "FunctionServiceRole675BB04A")
/// ```
///
/// A capture may hold a nested pattern that the value must also match (`Capture(["A": 1])`
/// or `let c: Capture = ["A": 1]`; objects match partially). Values are kept only when the
/// whole assertion succeeds; every matching value is kept, and ``next()`` moves through them.
public final class Capture: Pattern, Matcher {
    /// The pattern the captured value must also match, if any.
    public let pattern: Pattern?
    /// Every value captured so far, in order.
    public private(set) var values: [JSONValue] = []
    private var index = 0

    /// `"Capture"`.
    public var name: String { "Capture" }

    /// A capture of any non-null value, or of values that match `pattern`.
    public init(_ pattern: Pattern? = nil) {
        self.pattern = pattern
        super.init(kind: .capture)
    }

    /// A capture whose value must be this string.
    public required init(stringLiteral value: String) { pattern = Pattern(stringLiteral: value); super.init(kind: .capture) }
    /// A capture whose value must be this string.
    public required init(stringInterpolation: DefaultStringInterpolation) {
        pattern = Pattern(stringInterpolation: stringInterpolation)
        super.init(kind: .capture)
    }
    /// A capture whose value must be this string.
    public required init(unicodeScalarLiteral value: String) { pattern = Pattern(stringLiteral: value); super.init(kind: .capture) }
    /// A capture whose value must be this string.
    public required init(extendedGraphemeClusterLiteral value: String) { pattern = Pattern(stringLiteral: value); super.init(kind: .capture) }
    /// A capture whose value must be this number.
    public required init(integerLiteral value: Int) { pattern = Pattern(integerLiteral: value); super.init(kind: .capture) }
    /// A capture whose value must be this number.
    public required init(floatLiteral value: Double) { pattern = Pattern(floatLiteral: value); super.init(kind: .capture) }
    /// A capture whose value must be this Boolean.
    public required init(booleanLiteral value: Bool) { pattern = Pattern(booleanLiteral: value); super.init(kind: .capture) }
    /// A capture of any non-null value (same as `Capture()`).
    public required init(nilLiteral: ()) { pattern = nil; super.init(kind: .capture) }
    /// A capture whose value must be an array matching these elements.
    public required init(arrayLiteral elements: Pattern...) { pattern = .array(elements); super.init(kind: .capture) }
    /// A capture whose value must be an object with these keys (others are allowed).
    public required init(dictionaryLiteral elements: (String, Pattern)...) {
        pattern = .object(elements.map { ($0.0, $0.1) })
        super.init(kind: .capture)
    }

    /// Tests `actual` and records it for the capture if it matches.
    public override func test(_ actual: JSONValue?) throws -> MatchResult {
        let result = MatchResult(actual)
        guard let actual, actual != .null else {
            return result.recordFailure(self, "Can only capture non-nullish values. Found \(JavaScript.string(actual))")
        }
        if let pattern {
            let inner = try pattern.entryMatcher.test(actual)
            if inner.hasFailed { return inner }
        }
        result.recordCapture(self, actual)
        return result
    }

    func commit(_ newValues: [JSONValue]) {
        values.append(contentsOf: newValues)
    }

    /// Moves to the next captured value; `false` when there is none.
    @discardableResult
    public func next() -> Bool {
        guard index < values.count - 1 else { return false }
        index += 1
        return true
    }

    /// The current captured value, whatever its type.
    public func asJSON() throws -> JSONValue {
        guard index < values.count else { throw AssertionFailure("No value captured") }
        return values[index]
    }

    /// The current captured value as a string.
    public func asString() throws -> String {
        let value = try asJSON()
        guard let string = value.stringValue else { throw wrongType("string", value) }
        return string
    }

    /// The current captured value as a number.
    public func asNumber() throws -> Double {
        let value = try asJSON()
        guard let number = value.numberValue else { throw wrongType("number", value) }
        return number
    }

    /// The current captured value as a Boolean.
    public func asBoolean() throws -> Bool {
        let value = try asJSON()
        guard let bool = value.boolValue else { throw wrongType("boolean", value) }
        return bool
    }

    /// The current captured value as an array.
    public func asArray() throws -> [JSONValue] {
        let value = try asJSON()
        guard let array = value.arrayValue else { throw wrongType("array", value) }
        return array
    }

    /// The current captured value as an object.
    public func asObject() throws -> JSONObject {
        let value = try asJSON()
        guard let object = value.objectValue else { throw wrongType("object", value) }
        return object
    }

    private func wrongType(_ expected: String, _ value: JSONValue) -> AssertionFailure {
        AssertionFailure("Captured value is expected to be \(expected) but found \(JavaScript.typeName(value)). Value is \(JavaScript.stringifyIndented(value))")
    }
}
