import Foundation

/// Prints what the CLI is doing and how long each step took, on standard error (standard output
/// stays for templates and reports): `Building MyInfra (first build)`, `Built MyInfra in 12.3 s`.
struct ProgressReporter {
    let context: CLIContext

    /// Prints a line.
    func note(_ text: String) { context.printError(text) }

    /// Runs `body`, announcing it on a terminal, and prints `done` with the time it took.
    @discardableResult
    func step<T>(_ announcement: String? = nil, done: String, _ body: () throws -> T) rethrows -> T {
        if let announcement { context.printError(announcement + "...") }
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        context.printError("\(done) in \(Self.format(seconds))")
        return result
    }

    /// `0.042 s`, `1.3 s`, `14 s`.
    static func format(_ seconds: Double) -> String {
        if seconds < 1 { return String(format: "%.3f s", seconds) }
        if seconds < 10 { return String(format: "%.1f s", seconds) }
        return String(format: "%.0f s", seconds)
    }
}
