/// Numbers as error messages show them: as JavaScript prints them, and `NaN`, `Infinity` and
/// `-Infinity` for the values JSON has no text for.
public enum NumberText {
    /// `30`, `1.5`, `NaN`, `Infinity`, `-Infinity`.
    public static func display(_ n: Double) -> String {
        if n.isNaN { return "NaN" }
        if n.isInfinite { return n > 0 ? "Infinity" : "-Infinity" }
        return JSONWriter.formatNumber(n)
    }
}
