import CDK

extension EC2 {
    /// The peer half of a security group rule: who may connect (the AWS CDK's `IPeer`). Address
    /// ranges, prefix lists and security groups are peers.
    public protocol PeerRef: Connectable {
        /// Whether a rule with this peer can be written into the group's own resource.
        var canInlineRule: Bool { get }
        /// The peer's identity in construct ids and default rule descriptions.
        var uniqueId: String { get throws }
        /// The peer's part of an ingress rule.
        func toIngressRuleConfig() -> RuleConfig
        /// The peer's part of an egress rule.
        func toEgressRuleConfig() -> RuleConfig
    }

    /// The peer's properties of a rule, as CloudFormation names them.
    public struct RuleConfig: Sendable, Equatable {
        /// `CidrIp`.
        public var cidrIp: String?
        /// `CidrIpv6`.
        public var cidrIpv6: String?
        /// `SourceSecurityGroupId` (ingress).
        public var sourceSecurityGroupId: String?
        /// `SourceSecurityGroupOwnerId` (ingress).
        public var sourceSecurityGroupOwnerId: String?
        /// `SourcePrefixListId` (ingress).
        public var sourcePrefixListId: String?
        /// `DestinationSecurityGroupId` (egress).
        public var destinationSecurityGroupId: String?
        /// `DestinationPrefixListId` (egress).
        public var destinationPrefixListId: String?

        /// A rule config with every member unset.
        public init() {}

        /// The peer part naming the security group `id`: the source (with its owner's account,
        /// if given) of an ingress rule, the destination of an egress rule.
        static func securityGroup(_ id: String, ownerId: String? = nil, _ direction: RuleDirection) -> RuleConfig {
            var config = RuleConfig()
            switch direction {
            case .ingress:
                config.sourceSecurityGroupId = id
                config.sourceSecurityGroupOwnerId = ownerId
            case .egress:
                config.destinationSecurityGroupId = id
            }
            return config
        }

        /// The peer part naming the prefix list `id`, as source or destination.
        static func prefixList(_ id: String, _ direction: RuleDirection) -> RuleConfig {
            var config = RuleConfig()
            switch direction {
            case .ingress: config.sourcePrefixListId = id
            case .egress: config.destinationPrefixListId = id
            }
            return config
        }
    }

    /// Factories of peers that are not security groups (the AWS CDK's `ec2.Peer`); a security
    /// group is a peer itself.
    public enum Peer {
        /// An IPv4 range such as `10.0.0.0/16` (the mask is required).
        public static func ipv4(_ cidrIp: String) throws -> any PeerRef { try CidrPeer(ipv4: cidrIp) }
        /// Any IPv4 address (`0.0.0.0/0`).
        public static func anyIpv4() -> any PeerRef { CidrPeer(trustedIpv4: "0.0.0.0/0") }
        /// An IPv6 range such as `2001:db8::/32` (the mask is required).
        public static func ipv6(_ cidrIpv6: String) throws -> any PeerRef { try CidrPeer(ipv6: cidrIpv6) }
        /// Any IPv6 address (`::/0`).
        public static func anyIpv6() -> any PeerRef { CidrPeer(trustedIpv6: "::/0") }
        /// A managed prefix list (`pl-...`); rules with it are always separate resources.
        public static func prefixList(_ prefixListId: String) -> any PeerRef { PrefixListPeer(prefixListId) }
        /// A security group by id (`sg-...`), optionally of another account (ingress only).
        public static func securityGroupId(_ securityGroupId: String, sourceSecurityGroupOwnerId: String? = nil) throws -> any PeerRef {
            try SecurityGroupIdPeer(securityGroupId, ownerId: sourceSecurityGroupOwnerId)
        }
    }

    /// An IPv4 or IPv6 range.
    final class CidrPeer: PeerRef {
        let cidr: String
        let isIpv6: Bool
        let canInlineRule = true
        lazy var connections = Connections(peer: self)
        var uniqueId: String { cidr }

        init(ipv4 cidrIp: String) throws {
            if !Token.isUnresolved(cidrIp) {
                let parts = cidrIp.split(separator: "/", omittingEmptySubsequences: false)
                let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
                let octetsValid = octets.count == 4 && octets.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
                let maskValid = parts.count == 1 || (parts.count == 2 && !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
                if !octetsValid || !maskValid {
                    throw CDKError(code: "InvalidIpv4Cidr", message: "Invalid IPv4 CIDR: \"\(cidrIp)\". Give an address and a mask, such as \"10.0.0.0/16\".")
                }
                if parts.count == 1 {
                    throw CDKError(code: "MissingIpv4CidrMask", message: "CIDR mask is missing in IPv4: \"\(cidrIp)\". Did you mean \"\(cidrIp)/32\"?")
                }
            }
            cidr = cidrIp
            isIpv6 = false
        }

        init(ipv6 cidrIpv6: String) throws {
            if !Token.isUnresolved(cidrIpv6) {
                let parts = cidrIpv6.split(separator: "/", omittingEmptySubsequences: false)
                let groups = parts[0].split(separator: ":", omittingEmptySubsequences: false)
                let hex = Set("0123456789abcdef")
                let groupsValid = (3...8).contains(groups.count) && groups.allSatisfy { $0.count <= 4 && $0.allSatisfy { hex.contains($0) } }
                let maskValid = parts.count == 1 || (parts.count == 2 && !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
                if !groupsValid || !maskValid {
                    throw CDKError(code: "InvalidIpv6Cidr", message: "Invalid IPv6 CIDR: \"\(cidrIpv6)\". Give an address and a mask, such as \"2001:db8::/32\".")
                }
                if parts.count == 1 {
                    throw CDKError(code: "MissingIpv6CidrMask", message: "CIDR mask is missing in IPv6: \"\(cidrIpv6)\". Did you mean \"\(cidrIpv6)/128\"?")
                }
            }
            cidr = cidrIpv6
            isIpv6 = true
        }

        init(trustedIpv4: String) { cidr = trustedIpv4; isIpv6 = false }
        init(trustedIpv6: String) { cidr = trustedIpv6; isIpv6 = true }

        func toIngressRuleConfig() -> RuleConfig { toEgressRuleConfig() }
        func toEgressRuleConfig() -> RuleConfig {
            var config = RuleConfig()
            if isIpv6 { config.cidrIpv6 = cidr } else { config.cidrIp = cidr }
            return config
        }
    }

    /// A managed prefix list.
    final class PrefixListPeer: PeerRef {
        let prefixListId: String
        let canInlineRule = false
        lazy var connections = Connections(peer: self)
        var uniqueId: String { prefixListId }

        init(_ prefixListId: String) { self.prefixListId = prefixListId }

        func toIngressRuleConfig() -> RuleConfig { .prefixList(prefixListId, .ingress) }
        func toEgressRuleConfig() -> RuleConfig { .prefixList(prefixListId, .egress) }
    }

    /// A security group known by its id only.
    final class SecurityGroupIdPeer: PeerRef {
        let securityGroupId: String
        let ownerId: String?
        let canInlineRule = true
        lazy var connections = Connections(peer: self)
        var uniqueId: String { securityGroupId }

        init(_ securityGroupId: String, ownerId: String?) throws {
            if !Token.isUnresolved(securityGroupId) {
                let suffix = securityGroupId.dropFirst(3)
                let valid = securityGroupId.hasPrefix("sg-") && (8...17).contains(suffix.count)
                    && suffix.allSatisfy { $0.isASCIIDigit || ("a"..."z").contains($0) }
                if !valid {
                    throw CDKError(code: "InvalidSecurityGroupId", message: "Invalid security group ID: \"\(securityGroupId)\". Security group ids look like \"sg-0123456789abcdef0\".")
                }
            }
            if let ownerId, !Token.isUnresolved(ownerId), !(ownerId.count == 12 && ownerId.allSatisfy(\.isASCIIDigit)) {
                throw CDKError(code: "InvalidSecurityGroupOwnerId", message: "Invalid security group owner ID: \"\(ownerId)\". Give the 12-digit account id.")
            }
            self.securityGroupId = securityGroupId
            self.ownerId = ownerId
        }

        func toIngressRuleConfig() -> RuleConfig { .securityGroup(securityGroupId, ownerId: ownerId, .ingress) }
        func toEgressRuleConfig() -> RuleConfig { .securityGroup(securityGroupId, .egress) }
    }
}

extension Character {
    /// Whether the character is one of `0`...`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
