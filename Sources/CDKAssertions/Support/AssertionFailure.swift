import Foundation

/// A failed assertion. Its `description` is the whole failure report, so `try` in a Swift
/// Testing or XCTest test fails the test with a readable message.
public struct AssertionFailure: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The full report, construct paths included where they are known.
    public let description: String
    /// The same report worded exactly as `aws-cdk-lib/assertions` words it (without the
    /// construct paths this module adds).
    public let awsCDKDescription: String

    /// A failure reported as `description`; `awsCDKDescription` defaults to the same text.
    public init(_ description: String, awsCDKDescription: String? = nil) {
        self.description = description
        self.awsCDKDescription = awsCDKDescription ?? description
    }

    /// The report, for Foundation's error APIs.
    public var errorDescription: String? { description }
}
