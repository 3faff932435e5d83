/// Shortens construct paths for display, as the diff shows them: the stack's own path and a
/// trailing `Resource` or `Default` removed (`/Prod/Api/Table/Resource` in stack `Prod/Api` ->
/// `Table`).
public enum ConstructPath {
    /// `path` relative to the stack at `stackPath`; without a stack path, the first component
    /// is taken as the stack (the AWS CDK's rule).
    public static func display(_ path: String, stackPath: String? = nil) -> String {
        var text = path.hasPrefix("/") ? String(path.dropFirst()) : path
        var parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return text }
        if let stackPath, !stackPath.isEmpty, text.hasPrefix(stackPath + "/") {
            parts = Array(parts.dropFirst(stackPath.split(separator: "/").count))
        } else {
            parts.removeFirst()
        }
        if parts.count > 1, let last = parts.last, last == "Resource" || last == "Default" { parts.removeLast() }
        text = parts.joined(separator: "/")
        return text
    }
}
