/// Resolves values for one consuming construct: replaces every token with the value it stands
/// for, recursively, and drops values that resolve to nothing.
final class Resolver {
    let scope: Construct
    let preparing: Bool
    /// Called for every resolvable met on the way, in order (used to find references).
    let onToken: ((any Resolvable) throws -> Void)?

    static let maxDepth = 200

    init(scope: Construct, preparing: Bool = false, onToken: ((any Resolvable) throws -> Void)? = nil) {
        self.scope = scope
        self.preparing = preparing
        self.onToken = onToken
    }

    private var context: ResolveContext { ResolveContext(scope: scope, resolver: self) }

    /// The resolved value, or `nil` when it resolves to nothing.
    func resolve(_ value: JSONValue, depth: Int = 0) throws -> JSONValue? {
        switch try resolution(of: value, depth: depth) {
        case .unchanged: value
        case .removed: nil
        case .replaced(let resolved): resolved
        }
    }

    /// What resolving a value did. Parts without tokens are kept as they are (sharing their
    /// storage), so only the paths that lead to tokens are copied.
    private enum Resolution {
        case unchanged
        case removed
        case replaced(JSONValue)

        init(_ value: JSONValue?) {
            self = value.map(Resolution.replaced) ?? .removed
        }
    }

    private func resolution(of value: JSONValue, depth: Int) throws -> Resolution {
        if depth > Self.maxDepth {
            throw CDKError(code: "CircularReference", message: "Unable to resolve a value nested more than \(Self.maxDepth) levels deep: there is probably a circular reference between lazy values.", path: scope.node.path)
        }
        switch value {
        case .null, .bool:
            return .unchanged
        case .number(let n):
            guard let token = TokenFormat.token(inDouble: n) else { return .unchanged }
            return Resolution(try resolveToken(token, depth: depth))
        case .string(let s):
            if !TokenFormat.mayContainToken(s) { return .unchanged }
            return Resolution(try resolveString(s, depth: depth))
        case .array(let elements):
            if elements.count == 1, case .string(let s) = elements[0], s.hasPrefix(TokenFormat.listPrefix) {
                return Resolution(try resolveListToken(s, depth: depth))
            }
            var result: [JSONValue]?  // a copy, made when the first element changes
            // By index rather than `enumerated()`, which copies (retains) every element.
            for position in elements.indices {
                let resolved: Resolution
                if case .string(let s) = elements[position] {
                    // Strings are most elements: one quick test for a token, then the list-token check.
                    if !TokenFormat.mayContainToken(s) {
                        resolved = .unchanged
                    } else if TokenFormat.containsListToken(s) {
                        throw CDKError(code: "ListTokenInList", message: "Cannot add elements to a list token: \(s). Use Fn.split/Fn.join or pass the list token on its own.", path: scope.node.path)
                    } else {
                        resolved = Resolution(try resolveString(s, depth: depth + 1))
                    }
                } else {
                    resolved = try resolution(of: elements[position], depth: depth + 1)
                }
                if result == nil {
                    if case .unchanged = resolved { continue }
                    var copy: [JSONValue] = []
                    copy.reserveCapacity(elements.count)
                    copy.append(contentsOf: elements[..<position])
                    result = copy
                }
                switch resolved {
                case .unchanged: result?.append(elements[position])
                case .removed: break
                case .replaced(let new): result?.append(new)
                }
            }
            return result.map { .replaced(.array($0)) } ?? .unchanged
        case .object(let object):
            var result: JSONObject?  // a copy, made when the first member changes
            let members = object.members
            for position in members.indices {
                let key = members[position].key
                var resolvedKey = key
                if TokenFormat.mayContainToken(key) {
                    guard case .string(let k)? = try resolveString(key, depth: depth + 1) else {
                        throw CDKError(code: "InvalidKey", message: "A token used as an object key must resolve to a string: '\(key)'.", path: scope.node.path)
                    }
                    resolvedKey = k
                }
                let resolved = try resolution(of: members[position].value, depth: depth + 1)
                if result == nil {
                    if resolvedKey == key, case .unchanged = resolved { continue }
                    result = JSONObject(minimumCapacity: object.count)
                    for (key, value) in members[..<position] { result?[key] = value }
                }
                switch resolved {
                case .unchanged: result?[resolvedKey] = members[position].value
                case .removed: break
                case .replaced(let new): result?[resolvedKey] = new
                }
            }
            return result.map { .replaced(.object($0)) } ?? .unchanged
        }
    }

    func resolveToken(_ token: any Resolvable, depth: Int) throws -> JSONValue? {
        try onToken?(token)
        if let reference = token as? CfnReference {
            let (value, isFinal) = try reference.value(in: context)
            return isFinal ? value : try resolve(value, depth: depth + 1)
        }
        guard let produced = try token.resolve(context) else { return nil }
        return try resolve(produced, depth: depth + 1)
    }

    /// Resolves a string that may contain tokens (callers test that first).
    private func resolveString(_ s: String, depth: Int) throws -> JSONValue? {
        // Most such strings are one token and nothing else: resolved without splitting them.
        if let token = TokenizedString.singleToken(in: s, includeListTokens: false) { return try resolveToken(token, depth: depth) }
        let tokenized = TokenizedString(s)
        // One fragment that is not a token (read above) is the whole string, literal.
        if tokenized.fragments.count == 1, case .literal = tokenized.fragments[0] {
            try checkLiteral(s, of: s)
            return .string(s)
        }
        var parts: [JSONValue] = []
        parts.reserveCapacity(tokenized.fragments.count)
        for fragment in tokenized.fragments {
            switch fragment {
            case .literal(let text):
                try checkLiteral(text, of: s)
                parts.append(.string(text))
            case .token(let token):
                if let resolved = try resolveToken(token, depth: depth) { parts.append(resolved) }
            }
        }
        return CloudFormationConcat.join(parts)
    }

    /// Throws when `text`, literal text of the string `s`, holds a list token or the text of
    /// a token this process never made.
    private func checkLiteral(_ text: String, of s: String) throws {
        if TokenFormat.containsListToken(text) {
            throw CDKError(code: "ListTokenInString", message: "Found an encoded list token in a string: '\(s)'. Use Fn.join to turn the list into a string first.", path: scope.node.path)
        }
        try checkNoUnregisteredToken(text)
    }

    /// Throws when literal text still has the shape of a string token (`${Token[...]}`): the
    /// text of a token that this process never made (copied from another app's output or a
    /// log), which would reach the template as is.
    private func checkNoUnregisteredToken(_ text: String) throws {
        guard ByteSearch.contains(text, "${Token[") else { return }
        throw CDKError(code: "UnregisteredToken", message: "The value '\(text)' contains '\(TokenFormat.stringPrefix)...]}', the text of a token, but no token of this app has that text: it was probably copied from another app's output. Use the value or the attribute itself (`bucket.bucketArn`), not its printed text.", path: scope.node.path)
    }

    private func resolveListToken(_ s: String, depth: Int) throws -> JSONValue? {
        guard let token = TokenizedString.singleToken(in: s, includeListTokens: true) else {
            throw CDKError(code: "ListTokenConcatenation", message: "Cannot concatenate strings with a list token: '\(s)'.", path: scope.node.path)
        }
        return try resolveToken(token, depth: depth)
    }
}
