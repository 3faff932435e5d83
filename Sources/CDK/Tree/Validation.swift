/// A check that runs on a construct before synthesis. Every message returned is an error; the
/// errors of the whole app are reported together, each with its construct path.
public protocol Validation {
    /// The error messages, or none when the construct is valid.
    func validate() -> [String]
}

struct ClosureValidation: Validation {
    let body: () -> [String]
    func validate() -> [String] { body() }
}
