import Testing
@testable import CDK

/// One bad input of the error catalogue: what builds (and synthesizes) it, the path of the
/// construct the error must name, and the texts the message must contain (the wrong value and
/// what is wrong).
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let path: String
    let mentions: [String]
    let build: @Sendable () throws -> Void

    init(_ name: String, path: String, mentions: [String], _ build: @escaping @Sendable () throws -> Void) {
        self.name = name
        self.path = path
        self.mentions = mentions
        self.build = build
    }

    var testDescription: String { name }

    /// Runs the case: it must throw (it must not trap, or the test process would end), with an
    /// error at `path` whose message contains every mention.
    func check() {
        do {
            try build()
            Issue.record("\(name): no error was thrown")
        } catch {
            let entries = Self.entries(of: error)
            let matching = entries.filter { ($0.path ?? "<none>") == path }
            guard !matching.isEmpty else {
                Issue.record("\(name): expected an error at '\(path)', got \(entries.map { "[\($0.path ?? "<none>")] \($0.message)" })")
                return
            }
            let found = matching.contains { entry in mentions.allSatisfy { entry.message.contains($0) } }
            #expect(found, "\(name): the message at '\(path)' should mention \(mentions), got \(matching.map(\.message))")
        }
    }

    /// The path and message of each problem `error` reports.
    static func entries(of error: any Error) -> [(path: String?, message: String)] {
        switch error {
        case let error as CDKError: [(error.path, error.message)]
        case let error as ValidationError: error.errors.map { ($0.path, $0.message) }
        default: [(nil, "\(error)")]
        }
    }
}

/// An app with a bare stack `S` (no bootstrap resources), for cases that need one.
func appWithStack(env: Environment? = nil) throws -> (App, Stack) {
    let app = try makeApp()
    return (app, try bareStack(app, "S", env: env))
}
