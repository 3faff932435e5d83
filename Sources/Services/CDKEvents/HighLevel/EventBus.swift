import CDK
import CDKIAM
import CDKKMS
import CDKSQS

extension Events {
    /// The props of an ``EventBus``.
    public struct EventBusProps: ConstructProps {
        /// The bus's name: up to 256 letters, digits and `. - _`; not `default`. Not with
        /// ``eventSourceName``.
        ///
        /// Default: the bus's unique id in the app (`<Stack><Id><hash>`).
        public var eventBusName: String?
        /// The partner event source to associate the bus with (`aws.partner/...`), which also
        /// names it. Not with ``eventBusName``.
        ///
        /// Default: none.
        public var eventSourceName: String?
        /// The queue for events the bus fails to deliver.
        ///
        /// Default: none.
        public var deadLetterQueue: (any SQS.QueueRef)?
        /// A description of the bus, up to 512 characters.
        ///
        /// Default: none.
        public var description: String?
        /// The customer managed key that encrypts the bus's events; its policy lets EventBridge
        /// use it for this bus.
        ///
        /// Default: an AWS managed key.
        public var kmsKey: (any KMS.KeyRef)?

        /// Props with every member at its default.
        public init() {}
    }

    /// An EventBridge event bus (`AWS::Events::EventBus`) that rules listen on.
    ///
    /// ```swift
    /// let orders = try Events.EventBus(stack, "Orders") { $0.eventBusName = "orders" }
    /// try Events.Rule(stack, "OnOrder") { $0.eventBus = orders; $0.eventPattern = .init(source: ["shop.orders"]) }
    /// ```
    public final class EventBus: Resource, EventBusRef, IAM.ResourceWithPolicy {
        /// The bus's CloudFormation resource.
        public let cfnEventBus: CfnEventBus
        /// The bus's name.
        public private(set) var eventBusName = ""
        /// The bus's ARN.
        public private(set) var eventBusArn = ""
        /// The bus's policy as JSON text.
        public var eventBusPolicy: String { cfnEventBus.getAtt("Policy").toString() }
        /// The partner event source the bus is associated with, if any.
        public let eventSourceName: String?

        /// A bus, named after its unique id unless the props name it.
        public init(_ scope: Construct, _ id: String, _ props: EventBusProps = EventBusProps(),
                    configure: (inout EventBusProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let name = try Self.name(props, at: this)
            if let description = props.description, !Token.isUnresolved(description), description.count > 512 {
                throw CDKError("DescriptionTooLong", "description must be less than or equal to 512 characters, got \(description.count)", at: this)
            }
            eventSourceName = props.eventSourceName
            cfnEventBus = try CfnEventBus(this, "Resource", deadLetterConfig: props.deadLetterQueue.map { CfnEventBus.DeadLetterConfigProperty(arn: $0.queueArn) },
                                          description: props.description, eventSourceName: props.eventSourceName,
                                          kmsKeyIdentifier: props.kmsKey?.keyArn, name: name)
            try super.init(this, physicalName: name)
            eventBusArn = getResourceArnAttribute(cfnEventBus.attrArn, ArnComponents(service: "events", resource: "event-bus", resourceName: name))
            if let key = props.kmsKey {
                let busArn = stack.formatArn(ArnComponents(service: "events", resource: "event-bus", resourceName: name))
                _ = try key.addToResourcePolicy(IAM.PolicyStatement(
                    actions: ["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"], resources: ["*"],
                    principals: [IAM.ServicePrincipal("events.amazonaws.com")],
                    conditions: ["StringEquals": ["aws:SourceAccount": .string(stack.account), "aws:SourceArn": .string(busArn),
                                                  "kms:EncryptionContext:aws:events:event-bus:arn": .string(busArn)]]))
            }
            eventBusName = getResourceNameAttribute(cfnEventBus.ref)
        }

        /// The bus's name: the given one (checked), the partner event source's, or the unique id.
        private static func name(_ props: EventBusProps, at this: ConstructScope) throws -> String {
            if props.eventBusName != nil && props.eventSourceName != nil {
                throw CDKError("EventBusNameAndSource", "'eventBusName' and 'eventSourceName' cannot both be provided", at: this)
            }
            if let name = props.eventBusName {
                if !Token.isUnresolved(name) {
                    if name == "default" { throw CDKError("DefaultEventBusName", "'eventBusName' must not be 'default'", at: this) }
                    if name.contains("/") { throw CDKError("EventBusNameWithSlash", "'eventBusName' must not contain '/'", at: this) }
                    if !isBusName(name) {
                        throw CDKError("InvalidEventBusName", "'eventBusName' must satisfy: /^[\\/\\.\\-_A-Za-z0-9]{1,256}$/, got '\(name)'", at: this)
                    }
                }
                return name
            }
            if let source = props.eventSourceName {
                if !Token.isUnresolved(source) {
                    let parts = source.split(separator: "/", omittingEmptySubsequences: false)
                    let isPartnerSource = parts.count >= 3 && parts[0] == "aws.partner" && parts.dropFirst().allSatisfy { !$0.isEmpty && isBusName(String($0)) }
                    if !isPartnerSource {
                        throw CDKError("InvalidEventSourceName", "'eventSourceName' must satisfy: /^aws\\.partner(\\/[\\.\\-_A-Za-z0-9]+){2,}$/, got '\(source)'", at: this)
                    }
                    if !isBusName(source) {
                        throw CDKError("InvalidEventSourceName", "'eventSourceName' must satisfy: /^[\\/\\.\\-_A-Za-z0-9]{1,256}$/, got '\(source)'", at: this)
                    }
                }
                return source
            }
            return Lazy.string { try Names.nodeUniqueId(this) }
        }

        /// `[/.\-_A-Za-z0-9]{1,256}`.
        private static func isBusName(_ name: String) -> Bool {
            (1...256).contains(name.utf8.count) && name.unicodeScalars.allSatisfy { $0.isASCIILetterOrDigit || "/.-_".unicodeScalars.contains($0) }
        }

        /// Adds `statement` (which needs a `sid`) to the bus's policy, as an
        /// `AWS::Events::EventBusPolicy` named `cdk-<sid>`.
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            guard let sid = statement.sid else {
                throw CDKError("EventBusPolicySid", "Event Bus policy statements must have a sid. Give the statement a sid.", at: self)
            }
            let statementId = String("cdk-\(sid)".prefix(64))
            statement.sid = statementId
            let policy = try EventBusPolicy(self, statementId, .init(eventBus: self, statement: statement, statementId: statementId))
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
        }

        /// A bus known by its ARN (`arn:aws:events:<region>:<account>:event-bus/<name>`).
        public static func fromEventBusArn(_ scope: Construct, _ id: String, eventBusArn: String) throws -> any EventBusRef {
            let arn = try Arn.parse(eventBusArn, format: .slashResourceName)
            return try ImportedEventBus(scope, id, EventBusAttributes(eventBusName: arn.resourceName ?? "", eventBusArn: eventBusArn, eventBusPolicy: ""))
        }

        /// A bus of this stack's account and region, known by its name.
        public static func fromEventBusName(_ scope: Construct, _ id: String, eventBusName: String) throws -> any EventBusRef {
            let arn = try Stack.of(scope).formatArn(ArnComponents(service: "events", resource: "event-bus", resourceName: eventBusName))
            return try fromEventBusAttributes(scope, id, EventBusAttributes(eventBusName: eventBusName, eventBusArn: arn, eventBusPolicy: ""))
        }

        /// A bus known by its attributes.
        public static func fromEventBusAttributes(_ scope: Construct, _ id: String, _ attributes: EventBusAttributes) throws -> any EventBusRef {
            try ImportedEventBus(scope, id, attributes)
        }

        /// Grants sending events to any bus (`events:PutEvents` on `*`).
        @discardableResult
        public static func grantAllPutEvents(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["events:PutEvents"], resourceArns: ["*"])
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEvents.Events.EventBus") }
    }
}

extension Events {
    /// The props of an ``EventBusPolicy``.
    public struct EventBusPolicyProps {
        /// The bus the statement applies to.
        public var eventBus: any EventBusRef
        /// The statement.
        public var statement: IAM.PolicyStatement
        /// The statement's id in the bus's policy.
        public var statementId: String

        /// Props for one statement of a bus's policy.
        public init(eventBus: any EventBusRef, statement: IAM.PolicyStatement, statementId: String) {
            self.eventBus = eventBus
            self.statement = statement
            self.statementId = statementId
        }
    }

    /// One statement of an event bus's policy (`AWS::Events::EventBusPolicy`); usually made
    /// by ``EventBus/addToResourcePolicy(_:)``.
    public final class EventBusPolicy: Resource {
        /// The policy's CloudFormation resource.
        public let cfnEventBusPolicy: CfnEventBusPolicy

        /// A statement of `props.eventBus`'s policy.
        public init(_ scope: Construct, _ id: String, _ props: EventBusPolicyProps) throws {
            let this = try ConstructScope(scope, id)
            cfnEventBusPolicy = try CfnEventBusPolicy(this, "Resource", eventBusName: props.eventBus.eventBusName,
                                                      statement: props.statement.toStatementJSON(), statementId: props.statementId)
            try super.init(this)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEvents.Events.EventBusPolicy") }
    }
}
