import CDK
import CDKAssertions
import Testing

/// Extreme amounts for fuzzing duration and number props: each must either be accepted or be
/// an error that names a construct (never a trap).
public let extremeAmounts: [Double] = [.nan, .infinity, -.infinity, 0, -1, 0.5, 1e19, -1e19, .greatestFiniteMagnitude, Double(Int.max), .leastNonzeroMagnitude]

/// Every unit of every extreme amount.
public let extremeDurations: [Duration] = extremeAmounts.flatMap { amount in
    [Duration.millis(amount), .seconds(amount), .minutes(amount), .hours(amount), .days(amount)]
}

/// Fuzzed inputs of one test: each must be accepted or rejected with an error that names a
/// construct; what is accepted must also be a template that cfn-lint finds no error in.
///
/// ```swift
/// var inputs = FuzzedInputs()
/// for duration in extremeDurations {
///     inputs.expectAcceptedOrAttributed("\(duration)") { ...; return try app.synth() }
/// }
/// try inputs.lintAccepted()
/// ```
public struct FuzzedInputs {
    /// The assemblies of the accepted inputs, with their labels.
    public private(set) var accepted: [(label: String, assembly: CloudAssembly)] = []
    /// The labels of the rejected inputs.
    public private(set) var rejected: [String] = []

    /// No inputs yet.
    public init() {}

    /// Runs `body` and checks that it succeeds, keeping its assembly, or throws errors that
    /// all name a construct.
    public mutating func expectAcceptedOrAttributed(_ label: String, _ body: () throws -> CloudAssembly) {
        do {
            accepted.append((label, try body()))
        } catch let error as CDKError {
            rejected.append(label)
            #expect(error.path != nil, "\(label): \(error.message) has no path")
        } catch let error as ValidationError {
            rejected.append(label)
            #expect(!error.errors.isEmpty, "\(label)")
        } catch {
            Issue.record("\(label): not a CDKError: \(error)")
        }
    }

    /// Runs cfn-lint once over the templates of every accepted input: errors fail (warnings
    /// are the business of the constructs' own tests). A failure names the inputs at fault.
    public func lintAccepted(filePath: String = #filePath) throws {
        // Templates without their artifacts are named by number in the report: the legend
        // below turns the numbers into the inputs' labels.
        var labels: [String] = []
        var templates: [Template] = []
        for (label, assembly) in accepted {
            for artifact in assembly.stacksRecursively {
                labels.append(label)
                templates.append(try Template(json: artifact.template))
            }
        }
        do {
            try lint(templates, failOn: .error, filePath: filePath)
        } catch let failure as AssertionFailure {
            let legend = labels.enumerated().map { "  template \($0.offset + 1): accepted input \($0.element)" }
            throw AssertionFailure(failure.description + "\nwhere\n" + legend.joined(separator: "\n"))
        }
    }
}
