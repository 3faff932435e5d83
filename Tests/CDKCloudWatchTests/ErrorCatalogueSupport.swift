import CDK
import CDKAssertions
import Testing

/// One bad input of the error catalogue (see Tests/CDKTests/ErrorCatalogue): `build` must
/// throw (never trap) an error at `path` whose message contains every text of `mentions`.
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let path: String
    let mentions: [String]
    let build: @Sendable () throws -> Void

    init(_ name: String, path: String, mentions: [String], _ build: @escaping @Sendable () throws -> Void) {
        (self.name, self.path, self.mentions, self.build) = (name, path, mentions, build)
    }

    var testDescription: String { name }

    func check() throws {
        let caught = try expectError(path: path, message: .containing(mentions.first ?? ""), build)
        let atPath = caught.entries.filter { ($0.path ?? "") == path }
        #expect(atPath.contains { entry in mentions.allSatisfy { entry.message.contains($0) } },
                "\(name): the message at '\(path)' should mention \(mentions), got \(atPath.map(\.message))")
    }
}

/// An app (reading nothing from the environment) and its stack `S`.
func appWithStack(env: Environment? = nil) throws -> (App, Stack) {
    let app = try App(environment: [:])
    return (app, try Stack(app, "S", env: env))
}

/// Extreme amounts for fuzzing duration and number props: each must either be accepted or be
/// an error that names a construct (never a trap).
let extremeAmounts: [Double] = [.nan, .infinity, -.infinity, 0, -1, 0.5, 1e19, -1e19, .greatestFiniteMagnitude, Double(Int.max), .leastNonzeroMagnitude]

/// Every unit of every extreme amount.
let extremeDurations: [Duration] = extremeAmounts.flatMap { amount in
    [Duration.millis(amount), .seconds(amount), .minutes(amount), .hours(amount), .days(amount)]
}

/// Runs `body` and checks that it succeeds or throws errors that all name a construct.
func expectAcceptedOrAttributed(_ label: String, _ body: () throws -> Void) {
    do {
        try body()
    } catch let error as CDKError {
        #expect(error.path != nil, "\(label): \(error.message) has no path")
    } catch let error as ValidationError {
        #expect(!error.errors.isEmpty, "\(label)")
    } catch {
        Issue.record("\(label): not a CDKError: \(error)")
    }
}
