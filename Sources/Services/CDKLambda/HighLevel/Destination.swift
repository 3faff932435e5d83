import CDK

extension Lambda {
    /// Where Lambda sends the record of an asynchronous invocation (the AWS CDK's
    /// `IDestination`); see `CDKLambdaDestinations` for queues, topics, functions, buses and
    /// buckets.
    public protocol Destination: AnyObject {
        /// Grants `function` what it needs to send there (adding resources under `scope`, the
        /// invoke configuration, if needed) and returns the destination's ARN.
        func bind(_ scope: Construct, function: any FunctionRef, options: DestinationOptions) throws -> DestinationConfig
    }

    /// Which invocations a destination receives.
    public enum DestinationType: String, Sendable {
        /// Successful invocations.
        case success = "Success"
        /// Failed invocations.
        case failure = "Failure"
    }

    /// What a destination is bound for.
    public struct DestinationOptions: Sendable {
        /// Successful or failed invocations.
        public var type: DestinationType

        /// Options for `type`.
        public init(type: DestinationType) { self.type = type }
    }

    /// A bound destination.
    public struct DestinationConfig: Sendable {
        /// The destination's ARN.
        public var destination: String

        /// A destination at `destination`.
        public init(destination: String) { self.destination = destination }
    }
}
