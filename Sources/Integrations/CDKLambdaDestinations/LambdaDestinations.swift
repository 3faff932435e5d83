import CDK
import CDKEvents
import CDKEventsTargets
import CDKLambda
import CDKS3
import CDKSNS
import CDKSQS

/// Where Lambda sends the records of asynchronous invocations (the AWS CDK's
/// `aws-lambda-destinations`): each destination grants the function what sending there needs.
///
/// ```swift
/// let worker = try Lambda.Function(stack, "Worker", props) {
///     $0.onFailure = LambdaDestinations.SqsDestination(failures)
/// }
/// ```
public enum LambdaDestinations {
    /// Sends records to a queue (the function may send messages to it).
    public final class SqsDestination: Lambda.Destination {
        /// The queue.
        public let queue: any SQS.QueueRef

        /// A destination sending to `queue`.
        public init(_ queue: any SQS.QueueRef) { self.queue = queue }

        public func bind(_ scope: Construct, function: any Lambda.FunctionRef, options: Lambda.DestinationOptions) throws -> Lambda.DestinationConfig {
            try queue.grantSendMessages(function)
            return Lambda.DestinationConfig(destination: queue.queueArn)
        }
    }

    /// Publishes records to a topic (the function may publish to it).
    public final class SnsDestination: Lambda.Destination {
        /// The topic.
        public let topic: any SNS.TopicRef

        /// A destination publishing to `topic`.
        public init(_ topic: any SNS.TopicRef) { self.topic = topic }

        public func bind(_ scope: Construct, function: any Lambda.FunctionRef, options: Lambda.DestinationOptions) throws -> Lambda.DestinationConfig {
            try topic.grantPublish(function)
            return Lambda.DestinationConfig(destination: topic.topicArn)
        }
    }

    /// Puts records on an event bus, the account's default bus unless one is given (the
    /// function may put events there).
    public final class EventBridgeDestination: Lambda.Destination {
        /// The bus, or `nil` for the default bus.
        public let eventBus: (any Events.EventBusRef)?

        /// A destination putting records on `eventBus` (default: the account's default bus).
        public init(_ eventBus: (any Events.EventBusRef)? = nil) { self.eventBus = eventBus }

        public func bind(_ scope: Construct, function: any Lambda.FunctionRef, options: Lambda.DestinationOptions) throws -> Lambda.DestinationConfig {
            let bus: any Events.EventBusRef
            if let eventBus {
                bus = eventBus
            } else if let existing = scope.node.tryFindChild("DefaultEventBus") as? any Events.EventBusRef {
                bus = existing
            } else {
                let arn = try Stack.of(function).formatArn(ArnComponents(service: "events", resource: "event-bus", resourceName: "default"))
                bus = try Events.EventBus.fromEventBusArn(scope, "DefaultEventBus", eventBusArn: arn)
            }
            try bus.grantPutEventsTo(function)
            return Lambda.DestinationConfig(destination: bus.eventBusArn)
        }
    }

    /// Invokes another function with the record, or, with ``responseOnly``, with only the
    /// response (or error) of the invocation, through a rule on the default event bus.
    public final class LambdaDestination: Lambda.Destination {
        /// The function invoked.
        public let function: any Lambda.FunctionRef
        /// Whether the function receives only the `responsePayload` of the invocation.
        public let responseOnly: Bool

        /// A destination invoking `function` (default: with the whole invocation record).
        public init(_ function: any Lambda.FunctionRef, responseOnly: Bool = false) {
            self.function = function
            self.responseOnly = responseOnly
        }

        public func bind(_ scope: Construct, function source: any Lambda.FunctionRef, options: Lambda.DestinationOptions) throws -> Lambda.DestinationConfig {
            guard responseOnly else {
                try function.grantInvoke(source)
                return Lambda.DestinationConfig(destination: function.functionArn)
            }
            // The invocation's result goes to the default bus; a rule under `scope` passes its
            // response payload on to the function.
            _ = try Events.Rule(scope, options.type.rawValue) {
                $0.eventPattern = Events.EventPattern(
                    source: ["lambda"], detailType: ["Lambda Function Invocation Result - \(options.type.rawValue)"],
                    resources: ["\(source.functionArn):$LATEST"])
                $0.targets = [EventsTargets.LambdaFunction(function) { $0.event = .fromEventPath("$.detail.responsePayload") }]
            }
            return try EventBridgeDestination().bind(scope, function: source, options: options)
        }
    }

    /// Writes records to a bucket (the function may read and put objects there).
    public final class S3Destination: Lambda.Destination {
        /// The bucket.
        public let bucket: any S3.BucketRef

        /// A destination writing to `bucket`.
        public init(_ bucket: any S3.BucketRef) { self.bucket = bucket }

        public func bind(_ scope: Construct, function: any Lambda.FunctionRef, options: Lambda.DestinationOptions) throws -> Lambda.DestinationConfig {
            try bucket.grantRead(function)
            try bucket.grantPut(function)
            return Lambda.DestinationConfig(destination: bucket.bucketArn)
        }
    }
}
