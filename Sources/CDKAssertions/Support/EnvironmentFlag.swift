/// Reads on/off environment variables (`CI`, `CDK_UPDATE_SNAPSHOTS`).
enum EnvironmentFlag {
    /// Whether `name` is set to anything but empty, `0`, `false` or `no`.
    static func isSet(_ name: String, in environment: [String: String]) -> Bool {
        guard let value = environment[name]?.lowercased() else { return false }
        return !["", "0", "false", "no"].contains(value)
    }
}
