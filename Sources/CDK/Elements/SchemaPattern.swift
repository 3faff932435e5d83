/// A `pattern` of a registry schema: an ECMAScript regular expression, compiled by a small
/// backtracking matcher of its own (no Foundation, no ICU), tested the way JSON Schema tests a
/// pattern: it matches anywhere in the value unless it is anchored.
///
/// Only the plain part of the syntax is compiled: literals, `.`, classes with ranges,
/// `\d \D \w \W \s \S`, control and hex escapes (`\t`, `\n`, `\xHH`, `\uHHHH`), groups
/// (`(...)`, `(?:...)`), alternation, greedy and lazy quantifiers, `^`, `$` and lookahead
/// (`(?=...)`, `(?!...)`). A pattern with anything else (`\p{...}`, lookbehind, back
/// references, word boundaries, inline flags, `\A`, escapes ECMAScript does not define) does
/// not compile, and a value is never rejected by a pattern that does not compile. A match that
/// takes too many steps, or nests too deeply, counts as a match: the check may miss a bad value,
/// never reject a good one.
struct SchemaPattern: Sendable {
    /// One set of scalars: ranges, and sets given by a negated class escape (`\D` inside `[...]`).
    struct CharSet: Sendable {
        var ranges: [ClosedRange<UInt32>] = []
        var negatedRanges: [[ClosedRange<UInt32>]] = []
        var negated = false

        func contains(_ scalar: UInt32) -> Bool {
            var inside = ranges.contains { $0.contains(scalar) }
            if !inside { inside = negatedRanges.contains { set in !set.contains { $0.contains(scalar) } } }
            return inside != negated
        }
    }

    indirect enum Node: Sendable {
        case set(CharSet)
        case sequence([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int, greedy: Bool)
        case start
        case end
        case lookahead(Node, negative: Bool)
    }

    let root: Node

    /// The compiled pattern, or `nil` when it uses syntax the matcher does not know.
    init?(_ pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars.map(\.value)))
        guard let node = parser.parseAlternation(), parser.index == parser.scalars.count else { return nil }
        root = node
    }

    /// Whether the pattern matches somewhere in `value` (or the matcher gave up).
    func matches(_ value: String) -> Bool {
        var matcher = Matcher(input: Array(value.unicodeScalars.map(\.value)))
        for start in 0...matcher.input.count {
            if matcher.match(root, start, { _, _ in true }) { return true }
            if matcher.gaveUp { return true }
            if case .sequence(let nodes) = root, case .start? = nodes.first { break }
        }
        return matcher.gaveUp
    }

    // MARK: Compiled patterns

    private static let lock = Lock()
    nonisolated(unsafe) private static var compiled: [String: SchemaPattern?] = [:]

    /// The compiled `pattern`, compiled once per process (`nil` when it does not compile).
    static func compiled(_ pattern: String) -> SchemaPattern? {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let made = SchemaPattern(pattern)
        compiled[pattern] = made
        return made
    }
}

// MARK: Parsing

private let digitRanges: [ClosedRange<UInt32>] = [48...57]
private let wordRanges: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
private let spaceRanges: [ClosedRange<UInt32>] = [9...13, 32...32, 160...160, 5760...5760, 8192...8202, 8232...8233, 8239...8239, 8287...8287, 12288...12288, 65279...65279]
private let lineTerminators: [ClosedRange<UInt32>] = [10...10, 13...13, 8232...8233]

private struct Parser {
    let scalars: [UInt32]
    var index = 0

    init(_ scalars: [UInt32]) { self.scalars = scalars }

    var current: UInt32? { index < scalars.count ? scalars[index] : nil }

    mutating func take(_ scalar: Character) -> Bool {
        guard current == scalar.unicodeScalars.first?.value else { return false }
        index += 1
        return true
    }

    mutating func parseAlternation() -> SchemaPattern.Node? {
        var branches: [SchemaPattern.Node] = []
        repeat {
            guard let branch = parseSequence() else { return nil }
            branches.append(branch)
        } while take("|")
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func parseSequence() -> SchemaPattern.Node? {
        var nodes: [SchemaPattern.Node] = []
        while let c = current, c != 0x7C /* | */, c != 0x29 /* ) */ {
            guard let atom = parseAtom() else { return nil }
            guard let quantified = parseQuantifier(atom) else { return nil }
            nodes.append(quantified)
        }
        return .sequence(nodes)
    }

    mutating func parseAtom() -> SchemaPattern.Node? {
        guard let c = current else { return nil }
        index += 1
        switch c {
        case 0x5E: return .start  // ^
        case 0x24: return .end  // $
        case 0x2E: return .set(SchemaPattern.CharSet(ranges: lineTerminators, negated: true))  // .
        case 0x28:  // (
            var lookahead: Bool?
            if take("?") {
                if take(":") {
                } else if take("=") {
                    lookahead = false
                } else if take("!") {
                    lookahead = true
                } else {
                    return nil  // lookbehind, named groups, flags
                }
            }
            guard let inner = parseAlternation(), take(")") else { return nil }
            if let negative = lookahead { return .lookahead(inner, negative: negative) }
            return inner
        case 0x5B: return parseClass()  // [
        case 0x5C:  // backslash
            guard let set = parseEscape(inClass: false) else { return nil }
            return .set(set)
        case 0x2A, 0x2B, 0x3F: return nil  // a quantifier with nothing to repeat
        case 0x7B:  // { is a literal unless it is a quantifier
            index -= 1
            if quantifierBounds() != nil { return nil }
            index += 1
            return .set(SchemaPattern.CharSet(ranges: [c...c]))
        default: return .set(SchemaPattern.CharSet(ranges: [c...c]))
        }
    }

    /// `{n}`, `{n,}`, `{n,m}` at the current position, consumed; `nil` (nothing consumed) otherwise.
    mutating func quantifierBounds() -> (Int, Int)? {
        let saved = index
        guard take("{") else { return nil }
        func number() -> Int? {
            var value: Int?
            while let c = current, (48...57).contains(c) {
                value = min((value ?? 0) * 10 + Int(c - 48), 100_000)
                index += 1
            }
            return value
        }
        guard let low = number() else { index = saved; return nil }
        var high = low
        if take(",") { high = number() ?? Int.max }
        guard take("}"), high >= low else { index = saved; return nil }
        return (low, high)
    }

    mutating func parseQuantifier(_ atom: SchemaPattern.Node) -> SchemaPattern.Node? {
        var bounds: (Int, Int)?
        if take("*") { bounds = (0, Int.max) }
        else if take("+") { bounds = (1, Int.max) }
        else if take("?") { bounds = (0, 1) }
        else if let b = quantifierBounds() { bounds = b }
        guard let (low, high) = bounds else { return atom }
        switch atom {
        case .start, .end, .lookahead: return nil
        default: break
        }
        let greedy = !take("?")
        if let c = current, c == 0x2A || c == 0x2B || c == 0x3F || c == 0x7B && quantifierBoundsAhead() { return nil }
        return .repetition(atom, min: low, max: high, greedy: greedy)
    }

    mutating func quantifierBoundsAhead() -> Bool {
        let saved = index
        defer { index = saved }
        return quantifierBounds() != nil
    }

    mutating func parseClass() -> SchemaPattern.Node? {
        var set = SchemaPattern.CharSet()
        if take("^") { set.negated = true }
        var first = true
        while true {
            guard let c = current else { return nil }
            if c == 0x5D && !first { index += 1; break }  // ]
            if c == 0x5D && first { index += 1; break }  // [] matches nothing, [^] anything
            first = false
            guard let low = parseClassAtom(into: &set) else { return nil }
            guard let lowValue = low else { continue }
            // A range `a-z`, unless `-` is the last member.
            if current == 0x2D, index + 1 < scalars.count, scalars[index + 1] != 0x5D {
                index += 1
                var escapes = SchemaPattern.CharSet()
                guard let high = parseClassAtom(into: &escapes) else { return nil }
                guard let highValue = high, highValue >= lowValue else { return nil }  // `[\w-z]` or a reversed range
                set.ranges.append(lowValue...highValue)
            } else {
                set.ranges.append(lowValue...lowValue)
            }
        }
        return .set(set)
    }

    /// One member of a class: `.some(scalar)` for a single scalar, `.some(nil)` for a class
    /// escape added to `set`, `nil` for syntax that is not compiled.
    mutating func parseClassAtom(into set: inout SchemaPattern.CharSet) -> UInt32?? {
        guard let c = current else { return nil }
        index += 1
        if c == 0x5B, current == 0x3A { return nil }  // [: POSIX classes (ECMAScript reads them differently)
        guard c == 0x5C else { return .some(c) }
        if current == 0x62 { index += 1; return .some(8) }  // \b in a class is a backspace
        if current == 0x2D { index += 1; return .some(0x2D) }
        guard let escape = parseEscape(inClass: true) else { return nil }
        if escape.negated {
            set.negatedRanges.append(escape.ranges)
            return .some(nil)
        }
        if escape.ranges.count == 1, escape.ranges[0].lowerBound == escape.ranges[0].upperBound, !isClassEscape(escape) {
            return .some(escape.ranges[0].lowerBound)
        }
        set.ranges += escape.ranges
        return .some(nil)
    }

    private func isClassEscape(_ set: SchemaPattern.CharSet) -> Bool { set.ranges.count > 1 }

    /// The escape after a backslash.
    mutating func parseEscape(inClass: Bool) -> SchemaPattern.CharSet? {
        guard let c = current else { return nil }
        index += 1
        func single(_ value: UInt32) -> SchemaPattern.CharSet { SchemaPattern.CharSet(ranges: [value...value]) }
        switch c {
        case 0x64: return SchemaPattern.CharSet(ranges: digitRanges)  // d
        case 0x44: return SchemaPattern.CharSet(ranges: digitRanges, negated: true)
        case 0x77: return SchemaPattern.CharSet(ranges: wordRanges)  // w
        case 0x57: return SchemaPattern.CharSet(ranges: wordRanges, negated: true)
        case 0x73: return SchemaPattern.CharSet(ranges: spaceRanges)  // s
        case 0x53: return SchemaPattern.CharSet(ranges: spaceRanges, negated: true)
        case 0x74: return single(9)  // t
        case 0x6E: return single(10)  // n
        case 0x76: return single(11)  // v
        case 0x66: return single(12)  // f
        case 0x72: return single(13)  // r
        case 0x30:  // \0, not followed by a digit
            if let next = current, (48...57).contains(next) { return nil }
            return single(0)
        case 0x78: return hex(digits: 2).map(single)  // xHH
        case 0x75: return hex(digits: 4).map(single)  // uHHHH
        default:
            // An escaped character that is not a letter or digit stands for itself.
            let isAlphanumeric = (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c)
            return isAlphanumeric ? nil : single(c)
        }
    }

    mutating func hex(digits: Int) -> UInt32? {
        guard index + digits <= scalars.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<digits {
            let c = scalars[index]
            let digit: UInt32
            switch c {
            case 48...57: digit = c - 48
            case 65...70: digit = c - 55
            case 97...102: digit = c - 87
            default: return nil
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}

// MARK: Matching

private struct Matcher {
    let input: [UInt32]
    var steps = 0
    var depth = 0
    var gaveUp = false
    static let stepLimit = 200_000
    static let depthLimit = 500

    /// Whether `node` matches at `position`, followed by what `next` accepts.
    mutating func match(_ node: SchemaPattern.Node, _ position: Int, _ next: (inout Matcher, Int) -> Bool) -> Bool {
        steps += 1
        if steps > Self.stepLimit || depth > Self.depthLimit { gaveUp = true; return true }
        depth += 1
        defer { depth -= 1 }
        switch node {
        case .set(let set):
            guard position < input.count, set.contains(input[position]) else { return false }
            return next(&self, position + 1)
        case .start:
            return position == 0 && next(&self, position)
        case .end:
            return position == input.count && next(&self, position)
        case .sequence(let nodes):
            return sequence(nodes[...], position, next)
        case .alternation(let branches):
            for branch in branches where match(branch, position, next) { return true }
            return false
        case .lookahead(let inner, let negative):
            let found = match(inner, position) { _, _ in true }
            if gaveUp { return true }
            return found != negative && next(&self, position)
        case .repetition(let inner, let low, let high, let greedy):
            if case .set(let set) = inner { return repeatSet(set, low, high, greedy, position, next) }
            return repetition(inner, low, high, greedy, 0, position, next)
        }
    }

    mutating func sequence(_ nodes: ArraySlice<SchemaPattern.Node>, _ position: Int, _ next: (inout Matcher, Int) -> Bool) -> Bool {
        guard let first = nodes.first else { return next(&self, position) }
        let rest = nodes.dropFirst()
        if rest.isEmpty { return match(first, position, next) }
        return match(first, position) { matcher, end in matcher.sequence(rest, end, next) }
    }

    /// A repeated single-scalar set, without recursion per scalar.
    mutating func repeatSet(_ set: SchemaPattern.CharSet, _ low: Int, _ high: Int, _ greedy: Bool, _ position: Int, _ next: (inout Matcher, Int) -> Bool) -> Bool {
        var count = 0
        while count < high, position + count < input.count, set.contains(input[position + count]) { count += 1 }
        guard count >= low else { return false }
        if greedy {
            var n = count
            while n >= low {
                steps += 1
                if steps > Self.stepLimit { gaveUp = true; return true }
                if next(&self, position + n) { return true }
                n -= 1
            }
        } else {
            for n in low...count {
                steps += 1
                if steps > Self.stepLimit { gaveUp = true; return true }
                if next(&self, position + n) { return true }
            }
        }
        return false
    }

    mutating func repetition(_ inner: SchemaPattern.Node, _ low: Int, _ high: Int, _ greedy: Bool, _ count: Int, _ position: Int, _ next: (inout Matcher, Int) -> Bool) -> Bool {
        if count < low {
            return match(inner, position) { matcher, end in matcher.repetition(inner, low, high, greedy, count + 1, end, next) }
        }
        func more(_ matcher: inout Matcher) -> Bool {
            count < high && matcher.match(inner, position) { matcher, end in
                end != position && matcher.repetition(inner, low, high, greedy, count + 1, end, next)
            }
        }
        if greedy { return more(&self) || next(&self, position) }
        return next(&self, position) || more(&self)
    }
}
