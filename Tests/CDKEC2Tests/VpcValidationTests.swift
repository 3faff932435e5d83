import CDK
import CDKAssertions
import CDKEC2
import Testing

/// The bad inputs of a VPC: each is an error at the VPC's path that says what to change.
@Suite struct VpcValidationTests {
    func stack() throws -> Stack { try Stack(App(environment: [:]), "S") }

    @Test func maxAzsOfZero() throws {
        try expectError(path: "/S/Vpc", message: .containing("maxAzs must be at least 1, got 0")) {
            try EC2.Vpc(stack(), "Vpc") { $0.maxAzs = 0 }
        }
    }

    @Test func duplicateSubnetGroupNames() throws {
        try expectError(path: "/S/Vpc", message: .containing("The subnet group name 'App' is used twice")) {
            try EC2.Vpc(stack(), "Vpc") {
                $0.subnetConfiguration = [.init(name: "App", subnetType: .public), .init(name: "App", subnetType: .privateIsolated)]
            }
        }
    }

    @Test func moreNatGatewaysThanPublicSubnets() throws {
        // An environment-agnostic stack has two availability zones, so two public subnets.
        try expectError(path: "/S/Vpc", message: .containing("natGateways is 5, but there are only 2 public subnets")) {
            try EC2.Vpc(stack(), "Vpc") { $0.natGateways = 5 }
        }
    }

    @Test func negativeNatGateways() throws {
        try expectError(path: "/S/Vpc", message: .containing("natGateways must not be negative, got -1")) {
            try EC2.Vpc(stack(), "Vpc") { $0.natGateways = -1 }
        }
    }

    @Test func subnetsThatDoNotFitTheBlock() throws {
        try expectError(path: "/S/Vpc", message: .containing("does not fit the VPC's block")) {
            try EC2.Vpc(stack(), "Vpc") {
                $0.ipAddresses = .cidr("10.0.0.0/24")
                $0.subnetConfiguration = [.init(name: "Wide", subnetType: .public, cidrMask: 24)]
            }
        }
    }

    @Test func aSelectionOfAGroupThatDoesNotExist() throws {
        let vpc = try EC2.Vpc(stack(), "Vpc")
        try expectError(message: .containing("There are no subnet groups with name 'Nope'")) {
            try vpc.selectSubnets(.group("Nope"))
        }
    }

    @Test func aSelectionOfATypeThatDoesNotExist() throws {
        let vpc = try EC2.Vpc(stack(), "Vpc") { $0.subnetConfiguration = [.init(name: "Public", subnetType: .public)] }
        try expectError(message: .containing("There are no 'Isolated' subnet groups in this VPC")) {
            try vpc.selectSubnets(.type(.privateIsolated))
        }
    }
}
