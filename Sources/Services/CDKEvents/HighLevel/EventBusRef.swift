import CDK
import CDKIAM

extension Events {
    /// An EventBridge event bus, defined in the app or imported (the AWS CDK's `IEventBus`).
    public protocol EventBusRef: Construct {
        /// The bus's name.
        var eventBusName: String { get }
        /// The bus's ARN.
        var eventBusArn: String { get }
        /// The bus's policy as JSON text (empty for an imported bus).
        var eventBusPolicy: String { get }
        /// The partner event source the bus is associated with, if any.
        var eventSourceName: String? { get }
    }

    /// The attributes of an event bus to import.
    public struct EventBusAttributes: Sendable {
        /// The bus's name.
        public var eventBusName: String
        /// The bus's ARN.
        public var eventBusArn: String
        /// The bus's policy as JSON text.
        public var eventBusPolicy: String
        /// The partner event source the bus is associated with.
        ///
        /// Default: none.
        public var eventSourceName: String?

        /// The attributes of a bus.
        public init(eventBusName: String, eventBusArn: String, eventBusPolicy: String, eventSourceName: String? = nil) {
            self.eventBusName = eventBusName
            self.eventBusArn = eventBusArn
            self.eventBusPolicy = eventBusPolicy
            self.eventSourceName = eventSourceName
        }
    }

    /// An event bus of another app or stack; it lives in the account and region of its ARN.
    final class ImportedEventBus: Resource, EventBusRef {
        let eventBusName: String
        let eventBusArn: String
        let eventBusPolicy: String
        let eventSourceName: String?

        init(_ scope: Construct, _ id: String, _ attributes: EventBusAttributes) throws {
            let arn = try Arn.parse(attributes.eventBusArn, format: .slashResourceName)
            eventBusName = attributes.eventBusName
            eventBusArn = attributes.eventBusArn
            eventBusPolicy = attributes.eventBusPolicy
            eventSourceName = attributes.eventSourceName
            try super.init(scope, id, account: arn.account, region: arn.region)
        }
    }
}

extension Events.EventBusRef {
    /// Grants sending events to this bus (`events:PutEvents` on its ARN).
    @discardableResult
    public func grantPutEventsTo(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["events:PutEvents"], resourceArns: [eventBusArn])
    }

    /// An archive of the events of this bus that match `props.eventPattern` (described as
    /// `Event Archive for <bus name> Event Bus` unless the props say otherwise).
    @discardableResult
    public func archive(_ id: String, _ props: Events.BaseArchiveProps,
                        configure: (inout Events.BaseArchiveProps) throws -> Void = { _ in }) throws -> Events.Archive {
        var options = try props.with(configure)
        // The AWS CDK passes on the name, description, pattern and retention only.
        options.kmsKey = nil
        if options.description?.isEmpty ?? true { options.description = "Event Archive for \(eventBusName) Event Bus" }
        return try Events.Archive(self, id, .init(sourceEventBus: self, options: options))
    }
}
