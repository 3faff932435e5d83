import CDK
import CDKAssertions
import CDKEC2
import Testing

/// Security groups, rule by rule, after aws-ec2/test/security-group.test.ts: inline and
/// separate rules, the default egress rules, IPv6, deduplication, and bad input.
@Suite struct SecurityGroupTests {
    func stack(context: [String: JSONValue] = [:]) throws -> (Stack, EC2.Vpc) {
        let stack = try Stack(try App(context: context, environment: [:]), "S")
        return (stack, try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 })
    }

    @Test func allowsAllOutboundTrafficByDefault() throws {
        let (stack, vpc) = try stack()
        _ = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        try Template(stack).hasResourceProperties("AWS::EC2::SecurityGroup", [
            "GroupDescription": "S/SG",
            "SecurityGroupEgress": [["CidrIp": "0.0.0.0/0", "Description": "Allow all outbound traffic by default", "IpProtocol": "-1"]],
        ])
    }

    @Test func withoutAllowAllOutboundARuleMatchesNoTrafficUntilTheFirstEgressRule() throws {
        let (stack, vpc) = try stack()
        _ = try EC2.SecurityGroup(stack, "Closed", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        let opened = try EC2.SecurityGroup(stack, "Opened", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        try opened.addEgressRule(EC2.Peer.ipv4("10.0.0.0/8"), .tcp(86))
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::EC2::SecurityGroup", [
            "GroupDescription": "S/Closed",
            "SecurityGroupEgress": [["CidrIp": "255.255.255.255/32", "Description": "Disallow all traffic", "FromPort": 252,
                                     "IpProtocol": "icmp", "ToPort": 86]],
        ])
        try template.hasResourceProperties("AWS::EC2::SecurityGroup", [
            "GroupDescription": "S/Opened",
            "SecurityGroupEgress": [["CidrIp": "10.0.0.0/8", "Description": "from 10.0.0.0/8:86", "FromPort": 86, "IpProtocol": "tcp", "ToPort": 86]],
        ])
    }

    @Test func egressRulesAreIgnoredWithAWarningWhileAllOutboundIsAllowed() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        try group.addEgressRule(EC2.Peer.anyIpv4(), .tcp(86))
        try Template(stack).hasResourceProperties("AWS::EC2::SecurityGroup", [
            "SecurityGroupEgress": Match.arrayEquals([["CidrIp": "0.0.0.0/0", "Description": "Allow all outbound traffic by default", "IpProtocol": "-1"]]),
        ])
        try AnnotationsAssertions(stack).hasWarning("/S/SG", Match.stringLikeRegexp("Ignoring Egress rule since 'allowAllOutbound' is set to true"))
    }

    @Test func anAllTrafficEgressRuleCannotBeAddedRuleByRule() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        try expectError(path: "/S/SG", message: "Cannot add an \"all traffic\" egress rule in this way") {
            try group.addEgressRule(EC2.Peer.anyIpv4(), .allTraffic())
        }
    }

    @Test func ipv6OutboundIsAllowedOnRequestAndIpv6EgressRulesAreThenIgnored() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc)) {
            $0.allowAllOutbound = false
            $0.allowAllIpv6Outbound = true
        }
        try group.addEgressRule(EC2.Peer.anyIpv6(), .tcp(443))
        try group.addEgressRule(EC2.Peer.ipv4("10.0.0.0/16"), .tcp(443))
        try Template(stack).hasResourceProperties("AWS::EC2::SecurityGroup", [
            "SecurityGroupEgress": Match.arrayEquals([
                ["CidrIpv6": "::/0", "Description": "Allow all outbound ipv6 traffic by default", "IpProtocol": "-1"],
                ["CidrIp": "10.0.0.0/16", "Description": "from 10.0.0.0/16:443", "FromPort": 443, "IpProtocol": "tcp", "ToPort": 443],
            ]),
        ])
        try AnnotationsAssertions(stack).hasWarning("/S/SG", Match.stringLikeRegexp("allowAllIpv6Outbound"))
    }

    @Test func ipv6IngressRulesAreInline() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        try group.addIngressRule(EC2.Peer.ipv6("2001:db8::/32"), .tcp(22))
        try group.addIngressRule(EC2.Peer.anyIpv6(), .allIcmpV6())
        try Template(stack).hasResourceProperties("AWS::EC2::SecurityGroup", [
            "SecurityGroupIngress": [
                ["CidrIpv6": "2001:db8::/32", "Description": "from 2001:db8::/32:22", "FromPort": 22, "IpProtocol": "tcp", "ToPort": 22],
                ["CidrIpv6": "::/0", "Description": "from ::/0:ALL ICMPv6", "FromPort": -1, "IpProtocol": "icmpv6", "ToPort": -1],
            ],
        ])
    }

    @Test func equalRulesAreWrittenOnce() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        try group.addIngressRule(EC2.Peer.anyIpv4(), .tcp(80), description: "first")
        try group.addIngressRule(EC2.Peer.anyIpv4(), .tcp(80), description: "second")
        let other = try EC2.SecurityGroup(stack, "Other", .init(vpc: vpc))
        try group.addIngressRule(other, .tcp(81))
        try group.addIngressRule(other, .tcp(81))
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::EC2::SecurityGroup", [
            "GroupDescription": "S/SG",
            "SecurityGroupIngress": Match.arrayEquals([["CidrIp": "0.0.0.0/0", "Description": "first", "FromPort": 80, "IpProtocol": "tcp", "ToPort": 80]]),
        ])
        try template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1)
    }

    @Test func rulesWithGroupsAndPrefixListsAreSeparateResources() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        let source = try EC2.SecurityGroup(stack, "Source", .init(vpc: vpc))
        try group.addIngressRule(source, .tcp(5432))
        try group.addIngressRule(EC2.Peer.prefixList("pl-12345678"), .https)
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", [
            "Description": "from SSourceBC3099EF:5432", "GroupId": ["Fn::GetAtt": ["SGADB53937", "GroupId"]],
            "SourceSecurityGroupId": ["Fn::GetAtt": ["Source71E471F1", "GroupId"]], "IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432,
        ])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", [
            "Description": "from pl-12345678:443", "SourcePrefixListId": "pl-12345678",
        ])
    }

    @Test func disableInlineRulesWritesEveryRuleAsAResource() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc)) { $0.disableInlineRules = true }
        try group.addIngressRule(EC2.Peer.anyIpv4(), .tcp(80))
        let closed = try EC2.SecurityGroup(stack, "Closed", .init(vpc: vpc)) {
            $0.disableInlineRules = true
            $0.allowAllOutbound = false
        }
        try closed.addEgressRule(EC2.Peer.anyIpv4(), .tcp(443))
        _ = try EC2.SecurityGroup(stack, "Untouched", .init(vpc: vpc)) {
            $0.disableInlineRules = true
            $0.allowAllOutbound = false
        }
        let template = try Template(stack)
        try template.allResourcesProperties("AWS::EC2::SecurityGroup", [
            "SecurityGroupIngress": Match.absent(), "SecurityGroupEgress": Match.absent(),
        ])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", ["Description": "from 0.0.0.0/0:80", "CidrIp": "0.0.0.0/0"])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", ["Description": "Allow all outbound traffic by default", "IpProtocol": "-1"])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", ["Description": "to 0.0.0.0/0:443"])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", [
            "Description": "Disallow all traffic", "GroupId": ["Fn::GetAtt": ["Untouched91A42D97", "GroupId"]],
        ])
        // The group that received an egress rule has no "no traffic" rule.
        try template.resourcePropertiesCountIs("AWS::EC2::SecurityGroupEgress", ["Description": "Disallow all traffic"], 1)
    }

    @Test func theContextKeyMakesSeparateRulesTheDefault() throws {
        let (stack, vpc) = try stack(context: [EC2.SecurityGroup.disableInlineRulesContextKey: true])
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        try group.addIngressRule(EC2.Peer.anyIpv4(), .tcp(80))
        #expect(group.disableInlineRules)
        try Template(stack).resourceCountIs("AWS::EC2::SecurityGroupIngress", 1)
        let inline = try EC2.SecurityGroup(stack, "Inline", .init(vpc: vpc)) { $0.disableInlineRules = false }
        #expect(!inline.disableInlineRules)
    }

    @Test func tokenPeersGetIndirectIds() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        let cidr = try CfnParameter(stack, "Cidr").valueAsString
        try group.addIngressRule(EC2.Peer.ipv4(cidr), .tcp(80))
        try Template(stack).hasResourceProperties("AWS::EC2::SecurityGroup", [
            "SecurityGroupIngress": [["CidrIp": ["Ref": "Cidr"], "FromPort": 80, "IpProtocol": "tcp", "ToPort": 80,
                                      "Description": ["Fn::Join": ["", ["from ", ["Ref": "Cidr"], ":80"]]]]],
        ])
    }

    @Test func importedGroupsGetRulesOnlyWhereTheyAreMutable() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        let imported = try EC2.SecurityGroup.fromSecurityGroupId(stack, "Imported", "sg-12345")
        let immutable = try EC2.SecurityGroup.fromSecurityGroupId(stack, "Immutable", "sg-67890", .init(mutable: false))
        try imported.addIngressRule(group, .tcp(1))
        try immutable.addIngressRule(group, .tcp(2))
        try imported.addEgressRule(group, .tcp(3))
        let template = try Template(stack)
        try template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1)
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", ["GroupId": "sg-12345", "FromPort": 1])
        try template.resourceCountIs("AWS::EC2::SecurityGroupEgress", 0)
    }

    // MARK: Bad input

    @Test(arguments: [
        EC2.Port.tcpRange(100, 50), .tcp(70000), .tcp(-2), .udpRange(0, 65536), .icmpTypeAndCode(256, 0),
    ])
    func invalidPortRangesAreRejected(port: EC2.Port) throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        let separate = try EC2.SecurityGroup(stack, "Separate", .init(vpc: vpc)) { $0.disableInlineRules = true }
        try expectError(path: "/S/SG", message: "Invalid security group rule on S/SG") { try group.addIngressRule(EC2.Peer.anyIpv4(), port) }
        try expectError(path: "/S/Separate", message: "Invalid security group rule") { try separate.addIngressRule(EC2.Peer.anyIpv4(), port) }
    }

    @Test func tcpAndUdpRangesAtTheLimitsAreAccepted() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        try group.addIngressRule(EC2.Peer.anyIpv4(), .tcpRange(0, 65535))
        try group.addIngressRule(EC2.Peer.anyIpv4(), .icmpTypeAndCode(255, 255))
        try group.addIngressRule(EC2.Peer.anyIpv4(), .allIcmp())
    }

    @Test(arguments: ["10.0.0.0", "10.0.0/16", "a.b.c.d/8", "10.0.0.0/"])
    func invalidIpv4CidrsAreRejected(cidr: String) throws {
        try expectError(message: "\(cidr)") { try EC2.Peer.ipv4(cidr) }
    }

    @Test func aMissingMaskIsNamed() throws {
        try expectError(message: "CIDR mask is missing in IPv4: \"10.0.0.1\". Did you mean \"10.0.0.1/32\"?") { try EC2.Peer.ipv4("10.0.0.1") }
        try expectError(message: "CIDR mask is missing in IPv6: \"::1\". Did you mean \"::1/128\"?") { try EC2.Peer.ipv6("::1") }
    }

    @Test(arguments: ["sg-123", "sg-0123456789abcdef01", "sec-12345678", "sg-ABCDEF01"])
    func invalidSecurityGroupIdsAreRejected(id: String) throws {
        try expectError(message: "Invalid security group ID") { try EC2.Peer.securityGroupId(id) }
    }

    @Test func anOwnerIdMustBeAnAccount() throws {
        try expectError(message: "Invalid security group owner ID") { try EC2.Peer.securityGroupId("sg-12345678", sourceSecurityGroupOwnerId: "1234") }
        _ = try EC2.Peer.securityGroupId("sg-12345678", sourceSecurityGroupOwnerId: "123456789012")
    }
}
