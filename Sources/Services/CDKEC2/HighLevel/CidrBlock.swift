import CDK

extension EC2 {
    /// A block of IPv4 addresses, as the AWS CDK's network utilities compute them: a block
    /// given by an address that is not its start is the next aligned block.
    struct CidrBlock {
        let mask: Int
        let networkSize: Int
        private let networkAddress: Int

        /// Parses `a.b.c.d/m`; `nil` when it is not one.
        init?(_ cidr: String) {
            let parts = cidr.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let mask = Int(parts[1]), (0...32).contains(mask),
                  let address = CidrBlock.number(of: String(parts[0])) else { return nil }
            self.init(address: address, mask: mask)
        }

        /// The block of `mask` that contains `address + size - 1`.
        init(address: Int, mask: Int) {
            self.mask = mask
            networkSize = 1 << (32 - mask)
            networkAddress = address + networkSize - 1
        }

        var minAddress: Int { networkAddress - networkAddress % networkSize }
        var maxAddress: Int { minAddress + networkSize - 1 }
        var nextBlock: CidrBlock { CidrBlock(address: maxAddress + 1, mask: mask) }
        var cidr: String { "\(CidrBlock.ip(of: minAddress))/\(mask)" }

        static func number(of ip: String) -> Int? {
            let octets = ip.split(separator: ".", omittingEmptySubsequences: false)
            guard octets.count == 4 else { return nil }
            var value = 0
            for octet in octets {
                guard let number = Int(octet), (0...255).contains(number) else { return nil }
                value = value * 256 + number
            }
            return value
        }

        static func ip(of number: Int) -> String {
            (0..<4).reversed().map { String((number >> ($0 * 8)) & 255) }.joined(separator: ".")
        }
    }

    /// Allocates subnets from a VPC's block, one after the other (the AWS CDK's `NetworkBuilder`).
    struct NetworkBuilder {
        let network: CidrBlock
        private(set) var nextAvailableIp: Int

        init(_ network: CidrBlock) {
            self.network = network
            nextAvailableIp = network.minAddress
        }

        /// The next subnet of `mask`, or what is wrong.
        mutating func addSubnet(mask: Int) -> Result<String, AllocationError> {
            guard (16...28).contains(mask) else { return .failure(.invalidMask(mask)) }
            let end = nextAvailableIp + (1 << (32 - mask))
            guard network.maxAddress >= end - 1 else { return .failure(.exceedsSpace(mask)) }
            let subnet = CidrBlock(address: nextAvailableIp, mask: mask)
            nextAvailableIp = subnet.nextBlock.minAddress
            return .success(subnet.cidr)
        }

        /// The largest mask that gives `count` equal subnets of the space left.
        func maskForRemainingSubnets(_ count: Int) -> Int {
            let remaining = network.maxAddress - nextAvailableIp + 1
            let perSubnet = remaining / max(count, 1)
            guard perSubnet > 0 else { return 33 }
            var log2 = 0
            while (1 << (log2 + 1)) <= perSubnet { log2 += 1 }
            return 32 - log2
        }

        enum AllocationError: Error {
            case invalidMask(Int)
            case exceedsSpace(Int)
        }
    }
}
