import CDK
import CDKAssertions
import Testing

/// One bad input of the error catalogue (see Tests/CDKTests/ErrorCatalogue): `build` must
/// throw (never trap) an error at `path` whose message contains every text of `mentions`.
public struct BadInput: Sendable, CustomTestStringConvertible {
    /// What the case tries, as the test's name.
    public let name: String
    /// The path of the construct the error must name.
    public let path: String
    /// Texts the message must contain: the wrong value and what is wrong.
    public let mentions: [String]
    /// Builds (and synthesizes) the bad input.
    public let build: @Sendable () throws -> Void

    /// A case named `name`.
    public init(_ name: String, path: String, mentions: [String], _ build: @escaping @Sendable () throws -> Void) {
        (self.name, self.path, self.mentions, self.build) = (name, path, mentions, build)
    }

    public var testDescription: String { name }

    /// Runs the case and records an issue unless it throws the expected error.
    public func check() throws {
        let caught = try expectError(path: path, message: .containing(mentions.first ?? ""), build)
        let atPath = caught.entries.filter { ($0.path ?? "") == path }
        #expect(atPath.contains { entry in mentions.allSatisfy { entry.message.contains($0) } },
                "\(name): the message at '\(path)' should mention \(mentions), got \(atPath.map(\.message))")
    }
}

/// An app (reading nothing from the environment) and its stack `S`.
public func appWithStack(env: Environment? = nil) throws -> (App, Stack) {
    let app = try App(environment: [:])
    return (app, try Stack(app, "S", env: env))
}
