import CDK
import CDKEvents
import CDKIAM
import CDKSQS

extension EventsTargets {
    /// Forwards events to another event bus, in this account or another; EventBridge assumes
    /// a role that may put events there (the rule's `EventsRole`, unless one is given). It has
    /// no retry policy, as in the AWS CDK.
    public final class EventBus: Events.RuleTarget {
        /// The bus events are sent to.
        public let eventBus: any Events.EventBusRef
        private let props: EventBusProps

        /// A target sending to `eventBus`.
        public init(_ eventBus: any Events.EventBusRef, _ props: EventBusProps = EventBusProps()) {
            self.eventBus = eventBus
            self.props = props
        }

        /// A target sending to `eventBus`, with the props `configure` sets.
        public convenience init(_ eventBus: any Events.EventBusRef, _ props: EventBusProps = EventBusProps(),
                                configure: (inout EventBusProps) throws -> Void) rethrows {
            self.init(eventBus, try props.with(configure))
        }

        public func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig {
            let role = try props.role ?? EventsTargets.singletonEventRole(rule)
            _ = try role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["events:PutEvents"], resources: [eventBus.eventBusArn]))
            if let queue = props.deadLetterQueue { try EventsTargets.addToDeadLetterQueueResourcePolicy(rule, queue) }
            return Events.RuleTargetConfig(arn: eventBus.eventBusArn, roleArn: role.roleArn,
                                           deadLetterConfig: props.deadLetterQueue.map { Events.CfnRule.DeadLetterConfigProperty(arn: $0.queueArn) })
        }
    }

    /// The props of an ``EventBus`` target.
    public struct EventBusProps: ConstructProps {
        /// The role EventBridge assumes to put the events.
        ///
        /// Default: the rule's `EventsRole`, made once per rule.
        public var role: (any IAM.RoleRef)?
        /// The queue undelivered events go to; its policy lets the rule send to it.
        ///
        /// Default: none.
        public var deadLetterQueue: (any SQS.QueueRef)?

        /// Props with every member at its default.
        public init() {}
    }

    /// The role `EventsRole` under `rule` that EventBridge assumes for the rule's targets, made
    /// on first use and shared by the rule's targets (the AWS CDK's `singletonEventRole`).
    static func singletonEventRole(_ rule: Events.Rule) throws -> any IAM.RoleRef {
        if let existing = rule.node.tryFindChild("EventsRole") as? any IAM.RoleRef { return existing }
        return try IAM.Role(rule, "EventsRole", .init(assumedBy: IAM.ServicePrincipal("events.amazonaws.com"))) {
            $0.roleName = PhysicalName.generateIfNeeded
        }
    }
}
