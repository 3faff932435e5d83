/// Ordinal (byte-wise) string order: what JavaScript's default sort gives for ASCII names, and
/// the order the AWS CDK's generated converters write CloudFormation properties in.
public enum Ordinal {
    /// Whether `a` sorts before `b` by UTF-8 bytes.
    public static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
