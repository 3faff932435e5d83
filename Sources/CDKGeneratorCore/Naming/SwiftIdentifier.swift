/// Making Swift identifiers out of schema names: keywords, characters Swift does not allow,
/// and names taken by the library's own members.
public enum SwiftIdentifier {
    /// Keywords that can name a member when written in backticks (`` `default` ``). After a dot
    /// (`self.default`) they need no backticks.
    public static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias",
        "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
        "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await",
        "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
    ]

    /// Names that cannot be used as members even in backticks (`x.self`, `x.init`, `x.Type`), or
    /// that callers could not write as argument labels without backticks (`inout`, `var`, `let`):
    /// these get a `Value` suffix.
    public static let renamed: Set<String> = [
        "self", "Self", "init", "deinit", "subscript", "Type", "Protocol", "super", "inout", "var", "let", "_",
    ]

    /// `name` made a valid identifier stem: characters other than letters, digits and `_` are
    /// dropped, and a leading digit gets a `_` prefix.
    public static func sanitized(_ name: String) -> String {
        var out = String(name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
        if out.isEmpty { out = "value" }
        if let first = out.first, first.isNumber { out = "_" + out }
        return out
    }

    /// The member name for `name`, renamed if Swift reserves it in member position.
    public static func memberName(_ name: String) -> String {
        renamed.contains(name) ? name + "Value" : name
    }

    /// `name` as written in a declaration or as a plain identifier: in backticks if it is a keyword.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }
}

/// Hands out unique names: the first request for a name gets it, later ones get a numbered
/// variant. Deterministic as long as requests come in a deterministic order.
public struct NameAllocator {
    private var taken: Set<String>

    /// An allocator where `reserved` names are already taken.
    public init(reserved: Set<String> = []) { taken = reserved }

    /// Whether `name` is taken.
    public func isTaken(_ name: String) -> Bool { taken.contains(name) }

    /// Takes the first free name of `candidates`, or the first one with the smallest free number
    /// suffix (`2`, `3`, ...).
    public mutating func allocate(_ candidates: [String]) -> String {
        for candidate in candidates where !taken.contains(candidate) {
            taken.insert(candidate)
            return candidate
        }
        let base = candidates[0]
        var n = 2
        while taken.contains(base + String(n)) { n += 1 }
        taken.insert(base + String(n))
        return base + String(n)
    }

    /// Marks `name` as taken.
    public mutating func reserve(_ name: String) { taken.insert(name) }
}
