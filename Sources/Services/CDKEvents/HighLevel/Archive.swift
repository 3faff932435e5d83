import CDK
import CDKIAM
import CDKKMS

extension Events {
    /// What every archive has (the AWS CDK's `BaseArchiveProps`), shared by ``ArchiveProps`` and
    /// ``EventBusRef/archive(_:_:configure:)``.
    public struct BaseArchiveProps: ConstructProps {
        /// The events the archive keeps.
        public var eventPattern: EventPattern
        /// The archive's name.
        ///
        /// Default: a name CloudFormation generates.
        public var archiveName: String?
        /// A description of the archive.
        ///
        /// Default: none (`Event Archive for <bus name> Event Bus` through `bus.archive`).
        public var description: String?
        /// How long events are kept, in whole days.
        ///
        /// Default: forever (`RetentionDays: 0`).
        public var retention: Duration?
        /// The customer managed key that encrypts the archive; its policy lets EventBridge
        /// use it for the bus.
        ///
        /// Default: an AWS owned key (`KmsKeyIdentifier: ""`).
        public var kmsKey: (any KMS.KeyRef)?

        /// Props with the pattern; every other member at its default.
        public init(eventPattern: EventPattern) {
            self.eventPattern = eventPattern
        }
    }

    /// The props of an ``Archive``; they extend ``BaseArchiveProps``.
    public struct ArchiveProps: ConstructProps, ExtendingOptions {
        /// The bus whose events are archived.
        public var sourceEventBus: any EventBusRef
        /// Pattern, name, description, retention and key.
        public var options: BaseArchiveProps

        /// Props for an archive of `sourceEventBus`.
        public init(sourceEventBus: any EventBusRef, options: BaseArchiveProps) {
            self.sourceEventBus = sourceEventBus
            self.options = options
        }
    }

    /// An archive of a bus's events (`AWS::Events::Archive`), for replaying them.
    public final class Archive: Resource {
        /// The archive's CloudFormation resource (the `Archive` child).
        public let cfnArchive: CfnArchive

        /// An archive of `props.sourceEventBus`'s events that match the pattern.
        public init(_ scope: Construct, _ id: String, _ props: ArchiveProps,
                    configure: (inout ArchiveProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let days = try this.converting("retention") { try props.retention?.toDays(integral: true) } ?? 0
            cfnArchive = try CfnArchive(this, "Archive", archiveName: props.archiveName, description: props.description,
                                        eventPattern: props.eventPattern.rendered, kmsKeyIdentifier: props.kmsKey?.keyArn ?? "",
                                        retentionDays: days, sourceArn: props.sourceEventBus.eventBusArn)
            try super.init(this, physicalName: props.archiveName)
            node.defaultChild = cfnArchive
            if let key = props.kmsKey {
                let principal = IAM.ServicePrincipal("events.amazonaws.com")
                _ = try key.addToResourcePolicy(IAM.PolicyStatement(
                    actions: ["kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt*"], resources: ["*"], principals: [principal],
                    conditions: ["StringEquals": ["kms:EncryptionContext:aws:events:event-bus:arn": .string(props.sourceEventBus.eventBusArn)]],
                    sid: "Allow EventBridge to use kms operations"))
                _ = try key.addToResourcePolicy(IAM.PolicyStatement(
                    actions: ["kms:DescribeKey"], resources: ["*"], principals: [principal], sid: "Allow EventBridge to call kms:DescribeKey"))
            }
        }

        /// The archive's name.
        public var archiveName: String { cfnArchive.ref }
        /// The archive's ARN.
        public var archiveArn: String { cfnArchive.attrArn }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEvents.Events.Archive") }
    }
}
