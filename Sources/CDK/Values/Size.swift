/// An amount of storage or memory (`Size.mebibytes(512)`, `Size.gibibytes(20)`). Converting
/// to a unit that does not hold it as a whole number throws.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    /// A unit of storage.
    public enum Unit: String, Sendable {
        case bytes, kibibytes, mebibytes, gibibytes, tebibytes, pebibytes

        var inBytes: Double {
            switch self {
            case .bytes: 1
            case .kibibytes: 1_024
            case .mebibytes: 1_048_576
            case .gibibytes: 1_073_741_824
            case .tebibytes: 1_099_511_627_776
            case .pebibytes: 1_125_899_906_842_624
            }
        }
    }

    /// The amount, in ``unit``.
    public let amount: Double
    /// The unit the size was given in.
    public let unit: Unit

    /// `amount` bytes.
    public static func bytes(_ amount: Double) -> Size { Size(amount: amount, unit: .bytes) }
    /// `amount` KiB.
    public static func kibibytes(_ amount: Double) -> Size { Size(amount: amount, unit: .kibibytes) }
    /// `amount` MiB.
    public static func mebibytes(_ amount: Double) -> Size { Size(amount: amount, unit: .mebibytes) }
    /// `amount` GiB.
    public static func gibibytes(_ amount: Double) -> Size { Size(amount: amount, unit: .gibibytes) }
    /// `amount` TiB.
    public static func tebibytes(_ amount: Double) -> Size { Size(amount: amount, unit: .tebibytes) }
    /// `amount` PiB.
    public static func pebibytes(_ amount: Double) -> Size { Size(amount: amount, unit: .pebibytes) }

    /// The size in `target` units.
    public func convert(to target: Unit, integral: Bool = true) throws -> Double {
        if Token.isUnresolved(amount) {
            if target == unit { return amount }
            throw CDKError(code: "SizeToken", message: "Size must be specified as 'Size.\(target.rawValue)()' here since its value comes from a token and cannot be converted.")
        }
        if !amount.isFinite {
            throw CDKError(code: "SizeNotFinite", message: "Size amounts must be finite numbers, got '\(description)'. Give a number of \(unit.rawValue) such as Size.\(unit.rawValue)(512).")
        }
        if amount < 0 {
            throw CDKError(code: "SizeNegative", message: "Size amounts cannot be negative. Received: \(description).")
        }
        if target == unit { return amount }
        let value = amount * unit.inBytes / target.inBytes
        if !value.isFinite {
            throw CDKError(code: "SizeTooLarge", message: "'\(description)' is too large to be converted into \(target.rawValue).")
        }
        if integral && value != value.rounded() {
            throw CDKError(code: "SizeNotIntegral", message: "'\(description)' cannot be converted into a whole number of \(target.rawValue).")
        }
        return value
    }

    /// The size in bytes.
    public func toBytes() throws -> Double { try convert(to: .bytes) }
    /// The size in KiB.
    public func toKibibytes(integral: Bool = true) throws -> Double { try convert(to: .kibibytes, integral: integral) }
    /// The size in MiB.
    public func toMebibytes(integral: Bool = true) throws -> Double { try convert(to: .mebibytes, integral: integral) }
    /// The size in GiB.
    public func toGibibytes(integral: Bool = true) throws -> Double { try convert(to: .gibibytes, integral: integral) }

    /// `512 mebibytes`.
    public var description: String {
        "\(Token.isUnresolved(amount) ? Token.asString(amount) : NumberText.display(amount)) \(unit.rawValue)"
    }
}
