import CDK
import CDKAssertions
import CDKEC2
import Testing

/// Connections between connectables, after aws-ec2/test/connections.test.ts: both directions,
/// groups added later, imported groups, and rules across two stacks.
@Suite struct ConnectionsTests {
    final class Something: EC2.Connectable {
        let connections: EC2.Connections
        init(_ connections: EC2.Connections) { self.connections = connections }
    }

    func stack() throws -> (Stack, EC2.Vpc) {
        let stack = try Stack(try App(environment: [:]), "S")
        return (stack, try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 })
    }

    static func groupId(_ logicalId: String) -> Pattern { ["Fn::GetAtt": ["\(logicalId)", "GroupId"]] }

    @Test func peeringTwoGroupsEnds() throws {
        let (stack, vpc) = try stack()
        let one = Something(EC2.Connections(securityGroups: [try EC2.SecurityGroup(stack, "SG1", .init(vpc: vpc))]))
        let two = Something(EC2.Connections(securityGroups: [try EC2.SecurityGroup(stack, "SG2", .init(vpc: vpc))]))
        try one.connections.allowTo(two, .tcp(80), description: "Test")
        try Template(stack).resourceCountIs("AWS::EC2::SecurityGroupIngress", 1)
    }

    @Test func allowToAnImportedGroupWritesBothRules() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SomeSecurityGroup", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        let imported = try EC2.SecurityGroup.fromSecurityGroupId(stack, "ImportedSG", "sg-12345")
        try Something(EC2.Connections(securityGroups: [group])).connections.allowTo(imported, .allTcp(), description: "Connect there")
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", [
            "GroupId": Self.groupId("SomeSecurityGroupEF219AD6"), "IpProtocol": "tcp", "Description": "Connect there",
            "DestinationSecurityGroupId": "sg-12345", "FromPort": 0, "ToPort": 65535,
        ])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", [
            "GroupId": "sg-12345", "IpProtocol": "tcp", "Description": "Connect there",
            "SourceSecurityGroupId": Self.groupId("SomeSecurityGroupEF219AD6"), "FromPort": 0, "ToPort": 65535,
        ])
    }

    @Test func allowFromAnImportedGroupWritesNoEgressUnlessItIsClosed() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SomeSecurityGroup", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        let open = try EC2.SecurityGroup.fromSecurityGroupId(stack, "Open", "sg-12345")
        try group.connections.allowFrom(open, .allTcp(), description: "Connect there")
        try Template(stack).resourceCountIs("AWS::EC2::SecurityGroupEgress", 0)

        let (other, otherVpc) = try self.stack()
        let otherGroup = try EC2.SecurityGroup(other, "SomeSecurityGroup", .init(vpc: otherVpc)) { $0.allowAllOutbound = false }
        let closed = try EC2.SecurityGroup.fromSecurityGroupId(other, "Closed", "sg-12345", .init(allowAllOutbound: false))
        try otherGroup.connections.allowFrom(closed, .allTcp(), description: "Connect there")
        try Template(other).hasResourceProperties("AWS::EC2::SecurityGroupEgress", [
            "GroupId": "sg-12345", "DestinationSecurityGroupId": Self.groupId("SomeSecurityGroupEF219AD6"), "Description": "Connect there",
        ])
    }

    @Test func groupsAddedLaterGetTheRulesGivenBefore() throws {
        let (stack, vpc) = try stack()
        let first = try EC2.SecurityGroup(stack, "SecurityGroup1", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        let second = try EC2.SecurityGroup(stack, "SecurityGroup2", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        let connections = EC2.Connections(securityGroups: [first])
        try connections.allowFromAnyIpv4(.tcp(88))
        try connections.addSecurityGroup(second)
        let rule: Pattern = [["Description": "from 0.0.0.0/0:88", "CidrIp": "0.0.0.0/0", "FromPort": 88, "ToPort": 88, "IpProtocol": "tcp"]]
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::EC2::SecurityGroup", ["GroupDescription": "S/SecurityGroup1", "SecurityGroupIngress": rule])
        try template.hasResourceProperties("AWS::EC2::SecurityGroup", ["GroupDescription": "S/SecurityGroup2", "SecurityGroupIngress": rule])
    }

    @Test func groupsAddedLaterToTheTargetGetTheRuleToo() throws {
        let (stack, vpc) = try stack()
        let groups = try (1...3).map { i in try EC2.SecurityGroup(stack, "SecurityGroup\(i)", .init(vpc: vpc)) { $0.allowAllOutbound = false } }
        let source = EC2.Connections(securityGroups: [groups[0]])
        let target = EC2.Connections(securityGroups: [groups[1]])
        try source.allowTo(Something(target), .tcp(88))
        try target.addSecurityGroup(groups[2])
        let template = try Template(stack)
        for logicalId in [try template.logicalId(of: groups[1].cfnSecurityGroup), try template.logicalId(of: groups[2].cfnSecurityGroup)] {
            try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", [
                "GroupId": Self.groupId(logicalId), "SourceSecurityGroupId": Self.groupId(try template.logicalId(of: groups[0].cfnSecurityGroup)),
                "FromPort": 88, "ToPort": 88,
            ])
        }
        try template.resourceCountIs("AWS::EC2::SecurityGroupEgress", 2)
    }

    @Test func allowInternallyWritesBothDirectionsToTheGroupItself() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SecurityGroup1", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        try EC2.Connections(securityGroups: [group]).allowInternally(.tcp(88))
        let template = try Template(stack)
        let id = Self.groupId("SecurityGroup1F554B36F")
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", ["GroupId": id, "SourceSecurityGroupId": id, "FromPort": 88, "ToPort": 88])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", ["GroupId": id, "DestinationSecurityGroupId": id, "FromPort": 88, "ToPort": 88])
    }

    /// Two stacks with a closed group each, as in the AWS CDK's cross-stack tests.
    func twoStacks() throws -> (App, Stack, EC2.SecurityGroup, EC2.SecurityGroup, EC2.SecurityGroup) {
        let app = try App(environment: [:])
        let stack1 = try Stack(app, "Stack1")
        let vpc1 = try EC2.Vpc(stack1, "VPC") { $0.maxAzs = 1; $0.natGateways = 0 }
        let sg1 = try EC2.SecurityGroup(stack1, "SecurityGroup", .init(vpc: vpc1)) { $0.allowAllOutbound = false }
        let sg1b = try EC2.SecurityGroup(stack1, "SecurityGroupB", .init(vpc: vpc1)) { $0.allowAllOutbound = false }
        let stack2 = try Stack(app, "Stack2")
        let vpc2 = try EC2.Vpc(stack2, "VPC") { $0.maxAzs = 1; $0.natGateways = 0 }
        let sg2 = try EC2.SecurityGroup(stack2, "SecurityGroup", .init(vpc: vpc2)) { $0.allowAllOutbound = false }
        return (app, stack2, sg1, sg1b, sg2)
    }

    static var importedSg1: Pattern { ["Fn::ImportValue": "Stack1:ExportsOutputFnGetAttSecurityGroupDD263621GroupIdDF6F8B09"] }

    @Test func allowFromAcrossStacksPutsBothRulesInTheReceivingStack() throws {
        let (app, stack2, sg1, _, sg2) = try twoStacks()
        try sg2.connections.allowFrom(sg1, .tcp(100))
        let template = try Template(stack2)
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", ["GroupId": Self.groupId("SecurityGroupDD263621"), "SourceSecurityGroupId": Self.importedSg1])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", ["GroupId": Self.importedSg1, "DestinationSecurityGroupId": Self.groupId("SecurityGroupDD263621")])
        let stack1 = try #require(app.node.tryFindChild("Stack1") as? Stack)
        try Template(stack1).resourceCountIs("AWS::EC2::SecurityGroupIngress", 0)
        try Template(stack1).resourceCountIs("AWS::EC2::SecurityGroupEgress", 0)
    }

    @Test func allowToAcrossStacksPutsBothRulesInTheSendingStack() throws {
        let (_, stack2, sg1, _, sg2) = try twoStacks()
        try sg2.connections.allowTo(sg1, .tcp(100))
        let template = try Template(stack2)
        try template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", ["GroupId": Self.importedSg1, "SourceSecurityGroupId": Self.groupId("SecurityGroupDD263621")])
        try template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", ["GroupId": Self.groupId("SecurityGroupDD263621"), "DestinationSecurityGroupId": Self.importedSg1])
    }

    @Test func severalGroupsOfAnotherStackEachGetARule() throws {
        let (_, stack2, sg1, sg1b, sg2) = try twoStacks()
        try sg2.connections.allowFrom(sg1, .tcp(100))
        try sg2.connections.allowFrom(sg1b, .tcp(100))
        let template = try Template(stack2)
        try template.resourceCountIs("AWS::EC2::SecurityGroupEgress", 2)
        try template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 2)
    }

    @Test func defaultPortMethodsNeedADefaultPort() throws {
        let (stack, vpc) = try stack()
        let group = try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc))
        try expectError(message: "Cannot call allowDefaultPortFrom()") { try group.connections.allowDefaultPortFrom(EC2.Peer.anyIpv4()) }
        try expectError(message: "other resource has no default port") { try group.connections.allowToDefaultPort(group) }
        let withPort = EC2.Connections(securityGroups: [group], defaultPort: .tcp(8443))
        try withPort.allowDefaultPortFromAnyIpv4(description: "tls")
        try Template(stack).hasResourceProperties("AWS::EC2::SecurityGroup", [
            "SecurityGroupIngress": [["CidrIp": "0.0.0.0/0", "Description": "tls", "FromPort": 8443, "IpProtocol": "tcp", "ToPort": 8443]],
        ])
    }
}
