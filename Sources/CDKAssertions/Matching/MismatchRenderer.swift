import CDK
import Foundation

extension MatchResult {
    /// The tested value with each mismatch marked by a `!!` line above it, keys sorted and
    /// matching subtrees abridged, exactly as `aws-cdk-lib/assertions` renders it.
    public func renderMismatch() -> String {
        guard hasFailed else { return "<match>" }
        var renderer = MismatchRenderer()
        renderer.emitFailures(self, "")
        renderer.recurse(self)
        let text = renderer.parts.joined()
        return MismatchRenderer.moveMarkersToFront(String(text.reversed().drop { $0.isWhitespace }.reversed()))
    }

    /// Every failure as one line, `<message> at /<path> (using <matcher> matcher)`.
    public func toHumanStrings() -> [String] {
        var lines: [String] = []
        func recurse(_ result: MatchResult, _ prefix: [String]) {
            for (_, failures) in result.failuresHere {
                for failure in failures {
                    let path = prefix + failure.path
                    let location = path.isEmpty ? "" : " at /" + path.joined(separator: "/")
                    lines.append(failure.message + location + " (using \(failure.matcherName) matcher)")
                }
            }
            for (key, inner) in result.innerMatchFailures { recurse(inner, prefix + [key]) }
        }
        recurse(self, [])
        return lines
    }
}

/// The text builder behind ``MatchResult/renderMismatch()``.
private struct MismatchRenderer {
    var parts: [String] = []
    var indents: [String] = []

    mutating func emit(_ text: String) {
        parts.append(text.replacingOccurrences(of: "\n", with: "\n" + indents.joined()))
    }

    mutating func emitFailures(_ result: MatchResult, _ key: String) {
        for failure in result.failures(at: key) { emit("!! \(failure.message)\n") }
    }

    mutating func recurse(_ result: MatchResult) {
        var remaining = result.failuresHere.map(\.key).filter { !$0.isEmpty }

        func emitChild(_ key: String, _ value: JSONValue?, label: String?) {
            emitFailures(result, key)
            remaining.removeAll { $0 == key }
            if let inner = result.inner(key) {
                emitFailures(inner, "")
                if let label { emit(label) }
                recurseComparingValues(inner, value)
            } else {
                if let label { emit(label) }
                emit(Self.abridged(value))
            }
        }

        switch result.target {
        case .array(let elements)?:
            indents.append("  ")
            emit("[\n")
            for (i, element) in elements.enumerated() {
                if i > 0 { emit(",\n") }
                emitChild(String(i), element, label: nil)
            }
            emitRemaining(result, remaining)
            indents.removeLast()
            emit("\n]")
        case .object(let object)?:
            indents.append("  ")
            emit("{\n")
            var keys = JavaScript.keys(object)
            for key in remaining where !keys.contains(key) { keys.append(key) }
            keys.sort(by: JavaScript.sortsBefore)
            for (i, key) in keys.enumerated() {
                if i > 0 { emit(",\n") }
                emitChild(key, object[key], label: JavaScript.stringify(.string(key)) + ": ")
            }
            emitRemaining(result, remaining)
            indents.removeLast()
            emit("\n}")
        default:
            emitRemaining(result, remaining)
            emit(JavaScript.stringify(result.target))
        }
    }

    mutating func emitRemaining(_ result: MatchResult, _ remaining: [String]) {
        if !remaining.isEmpty { emit("\n") }
        for key in remaining { emitFailures(result, key) }
    }

    /// Renders both values when the matcher matched a transformation of the value
    /// (`serializedJson` parses a string): `"{...}" <*> {...}`.
    mutating func recurseComparingValues(_ inner: MatchResult, _ actual: JSONValue?) {
        if inner.target == actual { return recurse(inner) }
        emit(Self.abridged(actual))
        emit(" <*> ")
        recurse(inner)
    }

    /// A short rendering of a value that matched: `[ ... ]`, `{ ... }`, or the value when small.
    static func abridged(_ value: JSONValue?) -> String {
        switch value {
        case .array(let elements)?:
            switch elements.count {
            case 0: return "[]"
            case 1: return "[ \(abridged(elements[0])) ]"
            case 2 where elements.allSatisfy(\.isScalarForAbridging):
                return "[ \(elements.map { abridged($0) }.joined(separator: ", ")) ]"
            default: return "[ ... ]"
            }
        case .object(let object)?:
            switch object.count {
            case 0: return "{}"
            case 1:
                let key = object.keys[0]
                return "{ \(JavaScript.stringify(.string(key))): \(abridged(object[key])) }"
            default: return "{ ... }"
            }
        default:
            return JavaScript.stringify(value)
        }
    }

    /// Puts each `!!` marker at the start of its line, taking two spaces of indentation.
    static func moveMarkersToFront(_ text: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: "^(\\s+)!!", options: [.anchorsMatchLines]) else { return text }
        let ns = text as NSString
        var result = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            result += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            let spaces = ns.substring(with: match.range(at: 1)) as NSString
            result += "!!" + (spaces.length > 2 ? spaces.substring(to: spaces.length - 2) : "")
            last = match.range.location + match.range.length
        }
        result += ns.substring(from: last)
        return result
    }
}

extension JSONValue {
    /// Numbers, Booleans and strings, which abridged arrays of two show in full.
    fileprivate var isScalarForAbridging: Bool {
        switch self {
        case .number, .bool, .string: return true
        default: return false
        }
    }
}
