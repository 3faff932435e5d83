import CDK

extension EC2 {
    /// The props of a ``SecurityGroup``.
    public struct SecurityGroupProps: ConstructProps {
        /// The VPC of the group.
        public var vpc: any VpcRef
        /// The group's name (`GroupName`); better left to CloudFormation.
        ///
        /// Default: a name CloudFormation generates.
        public var securityGroupName: String?
        /// The group's description.
        ///
        /// Default: the construct's path.
        public var description: String?
        /// Whether all outbound IPv4 traffic is allowed; when `false`, egress must be allowed rule
        /// by rule.
        ///
        /// Default: `true`.
        public var allowAllOutbound = true
        /// Whether all outbound IPv6 traffic is allowed.
        ///
        /// Default: `false`.
        public var allowAllIpv6Outbound = false
        /// Whether every rule is a separate `SecurityGroupIngress`/`Egress` resource instead of
        /// a property of the group.
        ///
        /// Default: the context value `@aws-cdk/aws-ec2.securityGroupDisableInlineRules`, else `false`.
        public var disableInlineRules: Bool?

        /// Props of a group in `vpc`.
        public init(vpc: any VpcRef) { self.vpc = vpc }
    }

    /// A security group (`AWS::EC2::SecurityGroup`). Rules with address ranges go into the
    /// group's own `SecurityGroupIngress`/`SecurityGroupEgress`; rules naming other groups are
    /// separate resources; with `allowAllOutbound: false` a rule that matches no traffic stands
    /// in until the first egress rule, exactly as in the AWS CDK.
    ///
    /// ```swift
    /// let web = try EC2.SecurityGroup(stack, "Web", .init(vpc: vpc)) { $0.allowAllOutbound = false }
    /// try web.addIngressRule(EC2.Peer.anyIpv4(), .tcp(443), description: "https from anywhere")
    /// ```
    public final class SecurityGroup: SecurityGroupBase {
        /// The group's CloudFormation resource.
        public let cfnSecurityGroup: CfnSecurityGroup
        /// The id of the group's VPC.
        public var securityGroupVpcId: String { cfnSecurityGroup.getAtt("VpcId").toString() }
        /// Whether every rule is a separate resource.
        public let disableInlineRules: Bool
        private var ingressRules: [InlineRule] = []
        private var egressRules: [InlineRule] = []
        private var noTrafficRulePending = false

        /// The context key that makes separate rule resources the default.
        public static let disableInlineRulesContextKey = "@aws-cdk/aws-ec2.securityGroupDisableInlineRules"

        /// A security group.
        public init(_ scope: Construct, _ id: String, _ props: SecurityGroupProps,
                    configure: (inout SecurityGroupProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            disableInlineRules = props.disableInlineRules ?? (this.node.tryGetContext(Self.disableInlineRulesContextKey)?.isTruthy ?? false)
            cfnSecurityGroup = try CfnSecurityGroup(this, "Resource", groupDescription: props.description ?? this.node.path,
                                                    groupName: props.securityGroupName, vpcId: props.vpc.vpcId)
            try super.init(this, securityGroupId: cfnSecurityGroup.attrGroupId, allowAllOutbound: props.allowAllOutbound,
                           allowAllIpv6Outbound: props.allowAllIpv6Outbound, physicalName: props.securityGroupName)
            try addDefaultEgressRule()
            try addDefaultIpv6EgressRule()
        }

        public override func addIngressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            if !peer.canInlineRule || !port.canInlineRule || disableInlineRules {
                try super.addIngressRule(peer, port, description: description, remoteRule: remoteRule)
                return
            }
            try addInlineRule(.ingress, peer, port, description: description)
        }

        public override func addEgressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            let isIpv6 = peer.toEgressRuleConfig().cidrIpv6 != nil
            if !isIpv6 && allowAllOutbound {
                if !remoteRule {
                    Annotations.of(self).addWarningV2("@aws-cdk/aws-ec2:ipv4IgnoreEgressRule", "Ignoring Egress rule since 'allowAllOutbound' is set to true; To add customized rules, set allowAllOutbound=false on the SecurityGroup")
                }
                return
            }
            if !isIpv6 { removeNoTrafficRule() }
            if isIpv6 && allowAllIpv6Outbound {
                if !remoteRule {
                    Annotations.of(self).addWarningV2("@aws-cdk/aws-ec2:ipv6IgnoreEgressRule", "Ignoring Egress rule since 'allowAllIpv6Outbound' is set to true; To add customized rules, set allowAllIpv6Outbound=false on the SecurityGroup")
                }
                return
            }
            if !peer.canInlineRule || !port.canInlineRule || disableInlineRules {
                try super.addEgressRule(peer, port, description: description, remoteRule: remoteRule)
                return
            }
            try addInlineRule(.egress, peer, port, description: description)
        }

        /// A rule in the group's own resource, unless an equal one is there. The AWS CDK's
        /// default description of an inline rule says "from" in both directions.
        private func addInlineRule(_ direction: RuleDirection, _ peer: any PeerRef, _ port: Port, description: String?) throws {
            try validate(port)
            let config = direction == .ingress ? peer.toIngressRuleConfig() : peer.toEgressRuleConfig()
            let rule = InlineRule(config: config, port: port, description: try description ?? "from \(peer.uniqueId):\(port)")
            switch direction {
            case .ingress:
                if !ingressRules.contains(where: { $0.matches(rule) }) { ingressRules.append(rule) }
            case .egress:
                if rule.isAllTraffic {
                    throw CDKError("AllTrafficEgressRule", "Cannot add an \"all traffic\" egress rule in this way; set allowAllOutbound=true (for ipv4) or allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead.", at: self)
                }
                if !egressRules.contains(where: { $0.matches(rule) }) { egressRules.append(rule) }
            }
            renderRules()
        }

        /// The rule EC2 would add anyway, written out; or the rule that matches no traffic.
        private func addDefaultEgressRule() throws {
            if disableInlineRules {
                if allowAllOutbound {
                    try addSeparateEgressRule(Peer.anyIpv4(), .allTraffic(), description: InlineRule.allowAll.description, remoteRule: false)
                } else {
                    // Written just before synthesis, unless an egress rule came first (the AWS
                    // CDK creates it and removes it again).
                    noTrafficRulePending = true
                    Aspects.of(self).add(NoTrafficRuleAspect(self), priority: AspectPriority.mutating)
                }
            } else {
                egressRules.append(allowAllOutbound ? .allowAll : .matchNoTraffic)
                renderRules()
            }
        }

        private func addDefaultIpv6EgressRule() throws {
            guard allowAllIpv6Outbound else { return }
            let description = "Allow all outbound ipv6 traffic by default"
            if disableInlineRules {
                try addSeparateEgressRule(Peer.anyIpv6(), .allTraffic(), description: description, remoteRule: false)
            } else {
                var config = RuleConfig()
                config.cidrIpv6 = "::/0"
                egressRules.append(InlineRule(config: config, port: .allTraffic(), description: description))
                renderRules()
            }
        }

        private func removeNoTrafficRule() {
            if disableInlineRules {
                noTrafficRulePending = false
            } else {
                egressRules.removeAll { $0.matches(.matchNoTraffic) }
                renderRules()
            }
        }

        /// Writes the separate rule that matches no traffic, if still needed.
        fileprivate func addPendingNoTrafficRule() throws {
            guard noTrafficRulePending else { return }
            noTrafficRulePending = false
            let rule = InlineRule.matchNoTraffic
            try addSeparateEgressRule(try Peer.ipv4("255.255.255.255/32"), .icmpTypeAndCode(252, 86),
                                      description: rule.description, remoteRule: false)
        }

        private func renderRules() {
            cfnSecurityGroup.securityGroupIngress = ingressRules.isEmpty ? nil : ingressRules.map(\.ingressProperty)
            cfnSecurityGroup.securityGroupEgress = egressRules.isEmpty ? nil : egressRules.map(\.egressProperty)
        }

        /// A group defined outside the app, by id. Without `allowAllOutbound: false` it gets no
        /// egress rules; with `mutable: false` no rules at all.
        public static func fromSecurityGroupId(_ scope: Construct, _ id: String, _ securityGroupId: String,
                                               _ options: SecurityGroupImportOptions = SecurityGroupImportOptions()) throws -> any SecurityGroupRef {
            try ImportedSecurityGroup(scope, id, securityGroupId: securityGroupId, options: options)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.SecurityGroup") }
    }

    /// How an imported security group behaves.
    public struct SecurityGroupImportOptions: Sendable {
        /// Whether the group allows all outbound IPv4 traffic; only when `false` are egress rules added.
        ///
        /// Default: `true`.
        public var allowAllOutbound = true
        /// Whether the group allows all outbound IPv6 traffic.
        ///
        /// Default: `false`.
        public var allowAllIpv6Outbound = false
        /// Whether rules may be added to the group.
        ///
        /// Default: `true`.
        public var mutable = true

        /// Options with every member at its default.
        public init(allowAllOutbound: Bool = true, allowAllIpv6Outbound: Bool = false, mutable: Bool = true) {
            self.allowAllOutbound = allowAllOutbound
            self.allowAllIpv6Outbound = allowAllIpv6Outbound
            self.mutable = mutable
        }
    }

    /// A security group defined outside the app.
    final class ImportedSecurityGroup: SecurityGroupBase {
        let options: SecurityGroupImportOptions

        init(_ scope: Construct, _ id: String, securityGroupId: String, options: SecurityGroupImportOptions) throws {
            self.options = options
            try super.init(try ConstructScope(scope, id), securityGroupId: securityGroupId,
                           allowAllOutbound: options.allowAllOutbound, allowAllIpv6Outbound: options.allowAllIpv6Outbound)
        }

        override func addIngressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            guard options.mutable else { return }
            try super.addIngressRule(peer, port, description: description, remoteRule: remoteRule)
        }

        override func addEgressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            guard options.mutable, !options.allowAllOutbound else { return }
            try super.addEgressRule(peer, port, description: description, remoteRule: remoteRule)
        }
    }

    /// Writes a group's pending "no traffic" rule once every rule of the app is known.
    private final class NoTrafficRuleAspect: Aspect {
        unowned let group: SecurityGroup
        init(_ group: SecurityGroup) { self.group = group }
        func visit(_ node: Construct) throws {
            if node === group { try group.addPendingNoTrafficRule() }
        }
    }

    /// A rule written into the group's own resource.
    struct InlineRule: Sendable {
        var config: RuleConfig
        var port: Port
        var description: String

        /// The rule EC2 adds to a new group, written out for readability.
        static let allowAll: InlineRule = {
            var config = RuleConfig()
            config.cidrIp = "0.0.0.0/0"
            return InlineRule(config: config, port: .allTraffic(), description: "Allow all outbound traffic by default")
        }()

        /// A rule no traffic can match, which stands for "no egress" until the first real rule.
        static let matchNoTraffic: InlineRule = {
            var config = RuleConfig()
            config.cidrIp = "255.255.255.255/32"
            return InlineRule(config: config, port: .icmpTypeAndCode(252, 86), description: "Disallow all traffic")
        }()

        /// Equal as CloudFormation compares rules: everything but the description.
        func matches(_ other: InlineRule) -> Bool {
            config == other.config && port.ipProtocol == other.port.ipProtocol
                && port.fromPort == other.port.fromPort && port.toPort == other.port.toPort
        }

        var isAllTraffic: Bool { (config.cidrIp == "0.0.0.0/0" || config.cidrIpv6 == "::/0") && port.ipProtocol == "-1" }

        var ingressProperty: CfnSecurityGroup.IngressProperty {
            CfnSecurityGroup.IngressProperty(
                cidrIp: config.cidrIp, cidrIpv6: config.cidrIpv6, description: description, fromPort: port.fromPort,
                ipProtocol: port.ipProtocol, sourcePrefixListId: config.sourcePrefixListId,
                sourceSecurityGroupId: config.sourceSecurityGroupId, sourceSecurityGroupOwnerId: config.sourceSecurityGroupOwnerId,
                toPort: port.toPort)
        }

        var egressProperty: CfnSecurityGroup.EgressProperty {
            CfnSecurityGroup.EgressProperty(
                cidrIp: config.cidrIp, cidrIpv6: config.cidrIpv6, description: description,
                destinationPrefixListId: config.destinationPrefixListId, destinationSecurityGroupId: config.destinationSecurityGroupId,
                fromPort: port.fromPort, ipProtocol: port.ipProtocol, toPort: port.toPort)
        }
    }
}
