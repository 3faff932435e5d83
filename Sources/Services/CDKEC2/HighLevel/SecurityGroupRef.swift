import CDK

extension EC2 {
    /// A security group, defined in the app or imported (the AWS CDK's `ISecurityGroup`). A
    /// security group is a peer and a connectable itself.
    public protocol SecurityGroupRef: PeerRef, Construct {
        /// The group's id.
        var securityGroupId: String { get }
        /// Whether the group allows all outbound IPv4 traffic (then IPv4 egress rules are left out).
        var allowAllOutbound: Bool { get }
        /// Whether the group allows all outbound IPv6 traffic (then IPv6 egress rules are left out).
        var allowAllIpv6Outbound: Bool { get }
        /// Allows traffic from `peer` on `port`. `remoteRule` puts a rule between groups of two
        /// stacks under the peer, to avoid a cycle between the stacks.
        func addIngressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws
        /// Allows traffic to `peer` on `port`. `remoteRule` as for ``addIngressRule(_:_:description:remoteRule:)``.
        func addEgressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws
    }
}

extension EC2.SecurityGroupRef {
    /// Allows traffic from `peer` on `port`.
    public func addIngressRule(_ peer: any EC2.PeerRef, _ port: EC2.Port, description: String? = nil) throws {
        try addIngressRule(peer, port, description: description, remoteRule: false)
    }

    /// Allows traffic to `peer` on `port`.
    public func addEgressRule(_ peer: any EC2.PeerRef, _ port: EC2.Port, description: String? = nil) throws {
        try addEgressRule(peer, port, description: description, remoteRule: false)
    }
}

extension EC2 {
    /// What security groups of the app and imported ones share: rules as separate
    /// `AWS::EC2::SecurityGroupIngress` and `...Egress` resources, with the AWS CDK's construct
    /// ids (`from <peer>:<port>`, `to <peer>:<port>`, and `<group>:<port> to|from` for a rule
    /// placed under the peer's group of another stack).
    public class SecurityGroupBase: Resource, SecurityGroupRef {
        /// The group's id.
        public let securityGroupId: String
        /// Whether the group allows all outbound IPv4 traffic.
        public let allowAllOutbound: Bool
        /// Whether the group allows all outbound IPv6 traffic.
        public let allowAllIpv6Outbound: Bool
        /// Rules naming a group are always separate resources.
        public var canInlineRule: Bool { false }
        /// The group's unique id in the app (the AWS CDK's `Names.nodeUniqueId`).
        public var uniqueId: String { get throws { try Names.nodeUniqueId(self) } }
        /// The group's connections.
        public private(set) lazy var connections = Connections(securityGroups: [self])
        private var tokenPeers = 0

        /// A group with id `securityGroupId` in the place `reserved` holds.
        init(_ reserved: ConstructScope, securityGroupId: String, allowAllOutbound: Bool, allowAllIpv6Outbound: Bool,
             physicalName: String? = nil) throws {
            self.securityGroupId = securityGroupId
            self.allowAllOutbound = allowAllOutbound
            self.allowAllIpv6Outbound = allowAllIpv6Outbound
            try super.init(reserved, physicalName: physicalName)
        }

        public func toIngressRuleConfig() -> RuleConfig { .securityGroup(securityGroupId, .ingress) }

        public func toEgressRuleConfig() -> RuleConfig { .securityGroup(securityGroupId, .egress) }

        public func addIngressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            try addSeparateIngressRule(peer, port, description: description, remoteRule: remoteRule)
        }

        public func addEgressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            try addSeparateEgressRule(peer, port, description: description, remoteRule: remoteRule)
        }

        /// Checks the port range of a rule, naming this group.
        func validate(_ port: Port) throws {
            if let problem = port.problem {
                throw CDKError("InvalidPortRange", "Invalid security group rule on \(node.path): \(problem) Use Port.tcp(_:), Port.tcpRange(_:_:) or Port.allTcp() with ports from 0 to 65535.", at: self)
            }
        }

        /// An `AWS::EC2::SecurityGroupIngress` for the rule, unless one with the same id exists.
        func addSeparateIngressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            try addSeparateRule(.ingress, peer, port, description: description, remoteRule: remoteRule)
        }

        /// An `AWS::EC2::SecurityGroupEgress` for the rule, unless one with the same id exists.
        func addSeparateEgressRule(_ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            try addSeparateRule(.egress, peer, port, description: description, remoteRule: remoteRule)
        }

        /// A separate rule resource of `direction` (default description and id
        /// `from|to <peer>:<port>`), unless one with the same id exists.
        private func addSeparateRule(_ direction: RuleDirection, _ peer: any PeerRef, _ port: Port, description: String?, remoteRule: Bool) throws {
            try validate(port)
            let description = try description ?? "\(direction.preposition) \(peer.uniqueId):\(port)"
            let (scope, id) = try ruleScope(peer, port, direction.preposition, remoteRule: remoteRule)
            guard scope.node.tryFindChild(id) == nil else { return }
            let fromPort = port.fromPort
            let toPort = port.toPort
            switch direction {
            case .ingress:
                let config = peer.toIngressRuleConfig()
                _ = try CfnSecurityGroupIngress(
                    scope, id, cidrIp: config.cidrIp, cidrIpv6: config.cidrIpv6, description: description,
                    fromPort: fromPort, groupId: securityGroupId, ipProtocol: port.ipProtocol,
                    sourcePrefixListId: config.sourcePrefixListId, sourceSecurityGroupId: config.sourceSecurityGroupId,
                    sourceSecurityGroupOwnerId: config.sourceSecurityGroupOwnerId, toPort: toPort)
            case .egress:
                let config = peer.toEgressRuleConfig()
                _ = try CfnSecurityGroupEgress(
                    scope, id, cidrIp: config.cidrIp, cidrIpv6: config.cidrIpv6, description: description,
                    destinationPrefixListId: config.destinationPrefixListId,
                    destinationSecurityGroupId: config.destinationSecurityGroupId,
                    fromPort: fromPort, groupId: securityGroupId, ipProtocol: port.ipProtocol, toPort: toPort)
            }
        }

        /// Where a separate rule goes: under this group, or, for `remoteRule` with a group of
        /// another stack, under that group with a reversed id.
        func ruleScope(_ peer: any PeerRef, _ port: Port, _ fromTo: String, remoteRule: Bool) throws -> (Construct, String) {
            if remoteRule, let other = peer as? SecurityGroupBase, other.stack !== stack {
                return (other, "\(try uniqueId):\(port) \(fromTo == "from" ? "to" : "from")")
            }
            return (self, Self.replacingFirstSlash("\(fromTo) \(try renderPeer(peer)):\(port)"))
        }

        private func renderPeer(_ peer: any PeerRef) throws -> String {
            let id = try peer.uniqueId
            guard Token.isUnresolved(id) else { return id }
            let previous = tokenPeers
            tokenPeers += 1
            return previous == 0 ? "{IndirectPeer}" : "'{IndirectPeer\(tokenPeers)}'"
        }

        /// The AWS CDK replaces only the first `/` of a rule id.
        static func replacingFirstSlash(_ id: String) -> String {
            guard let slash = id.firstIndex(of: "/") else { return id }
            var result = id
            result.replaceSubrange(slash...slash, with: "_")
            return result
        }
    }
}
