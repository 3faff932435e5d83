extension Names {
    /// A name for a resource of `construct` that is unique in the app, as the AWS CDK's
    /// `Names.uniqueResourceName` makes it: the stack name and the ids below it (without
    /// `Default` and `Resource`, and without an id its predecessor ends with), stripped to
    /// letters and digits, joined by `separator`, then 8 characters of a hash of the path; cut
    /// in the middle to `maxLength`. A construct whose only component fits is named by it alone.
    ///
    /// Used for physical names the AWS CDK generates (key pairs, FIFO topics).
    public static func uniqueResourceName(_ construct: Construct, maxLength: Int = 256, separator: String = "") -> String {
        let scopes = construct.node.scopes
        let lastStack = scopes.lastIndex { ($0 as? Stack).map { !Token.isUnresolved($0.stackName) } ?? false } ?? 0
        let components = scopes[lastStack...].map { scope -> String in
            if let stack = scope as? Stack, !Token.isUnresolved(stack.stackName) { return stack.stackName }
            return scope.node.id
        }.filter { $0 != "Default" }
        func strip(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.filter {
                $0.isASCIILetterOrDigit
            }))
        }
        if components.count == 1 {
            let single = strip(components[0])
            if single.count <= maxLength { return single }
        }
        let hash = md5Hex(components.joined(separator: "/")).prefix(8).uppercased()
        var kept: [String] = []
        for component in components where !(kept.last?.hasSuffix(component) ?? false) { kept.append(component) }
        let human = kept.filter { $0 != "Resource" }.map(strip).filter { !$0.isEmpty }.joined(separator: separator) + separator
        let maxHuman = maxLength - 8
        if human.count > maxHuman {
            let half = maxHuman / 2
            return String(human.prefix(half)) + String(human.suffix(half)) + hash
        }
        return human + hash
    }
}
