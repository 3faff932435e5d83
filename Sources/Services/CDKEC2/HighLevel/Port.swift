import CDK

extension EC2 {
    /// The protocol and ports of a security group rule (the AWS CDK's `ec2.Port`). Its
    /// description (`"443"`, `"UDP 53"`, `"ALL TRAFFIC"`) is part of the construct ids and the
    /// default descriptions of rules, exactly as in the AWS CDK.
    public struct Port: Sendable, Equatable, CustomStringConvertible {
        /// The IP protocol: `tcp`, `udp`, `icmp`, `icmpv6`, `-1` (all) or a protocol number.
        public let ipProtocol: String
        /// The first port (or the ICMP type), as the template writes it: a number, or a number
        /// token for a port known only at deployment (a parameter's `valueAsNumber`, a
        /// database's endpoint port).
        public let fromPort: Double?
        /// The last port (or the ICMP code), as ``fromPort``.
        public let toPort: Double?
        /// How the port appears in construct ids and default descriptions: `{IndirectPort}`
        /// for a port that is a token, as in the AWS CDK.
        public let stringRepresentation: String

        /// A port range of any protocol.
        public init(ipProtocol: String, fromPort: Double?, toPort: Double?, stringRepresentation: String) {
            self.ipProtocol = ipProtocol
            self.fromPort = fromPort
            self.toPort = toPort
            self.stringRepresentation = stringRepresentation
        }

        /// How a port appears in ids and descriptions.
        private static func render(_ port: Double) -> String {
            Token.isUnresolved(port) ? "{IndirectPort}" : JSONWriter.formatNumber(port)
        }

        /// One TCP port.
        public static func tcp(_ port: Int) -> Port { tcp(Double(port)) }
        /// One TCP port that may be a number token (`CfnParameter.valueAsNumber`).
        public static func tcp(_ port: Double) -> Port { Port(ipProtocol: "tcp", fromPort: port, toPort: port, stringRepresentation: render(port)) }
        /// A range of TCP ports.
        public static func tcpRange(_ startPort: Int, _ endPort: Int) -> Port { tcpRange(Double(startPort), Double(endPort)) }
        /// A range of TCP ports that may be number tokens.
        public static func tcpRange(_ startPort: Double, _ endPort: Double) -> Port {
            Port(ipProtocol: "tcp", fromPort: startPort, toPort: endPort, stringRepresentation: "\(render(startPort))-\(render(endPort))")
        }
        /// Every TCP port.
        public static func allTcp() -> Port { Port(ipProtocol: "tcp", fromPort: 0, toPort: 65535, stringRepresentation: "ALL PORTS") }
        /// One UDP port.
        public static func udp(_ port: Int) -> Port { udp(Double(port)) }
        /// One UDP port that may be a number token.
        public static func udp(_ port: Double) -> Port { Port(ipProtocol: "udp", fromPort: port, toPort: port, stringRepresentation: "UDP \(render(port))") }
        /// A range of UDP ports.
        public static func udpRange(_ startPort: Int, _ endPort: Int) -> Port { udpRange(Double(startPort), Double(endPort)) }
        /// A range of UDP ports that may be number tokens.
        public static func udpRange(_ startPort: Double, _ endPort: Double) -> Port {
            Port(ipProtocol: "udp", fromPort: startPort, toPort: endPort, stringRepresentation: "UDP \(render(startPort))-\(render(endPort))")
        }
        /// Every UDP port.
        public static func allUdp() -> Port { Port(ipProtocol: "udp", fromPort: 0, toPort: 65535, stringRepresentation: "UDP ALL PORTS") }
        /// One ICMP type and code.
        public static func icmpTypeAndCode(_ type: Int, _ code: Int) -> Port {
            Port(ipProtocol: "icmp", fromPort: Double(type), toPort: Double(code), stringRepresentation: "ICMP Type \(type) Code \(code)")
        }
        /// Every code of one ICMP type.
        public static func icmpType(_ type: Int) -> Port { Port(ipProtocol: "icmp", fromPort: Double(type), toPort: -1, stringRepresentation: "ICMP Type \(type)") }
        /// ICMP echo (ping).
        public static func icmpPing() -> Port { icmpType(8) }
        /// All ICMP traffic.
        public static func allIcmp() -> Port { Port(ipProtocol: "icmp", fromPort: -1, toPort: -1, stringRepresentation: "ALL ICMP") }
        /// All ICMPv6 traffic.
        public static func allIcmpV6() -> Port { Port(ipProtocol: "icmpv6", fromPort: -1, toPort: -1, stringRepresentation: "ALL ICMPv6") }
        /// All traffic (protocol `-1`, no ports).
        public static func allTraffic() -> Port { Port(ipProtocol: "-1", fromPort: nil, toPort: nil, stringRepresentation: "ALL TRAFFIC") }
        /// IPsec ESP (protocol 50).
        public static func esp() -> Port { Port(ipProtocol: "50", fromPort: 50, toPort: 50, stringRepresentation: "ESP 50") }
        /// IPsec AH (protocol 51).
        public static func ah() -> Port { Port(ipProtocol: "51", fromPort: 51, toPort: 51, stringRepresentation: "AH 51") }

        /// SSH (TCP 22).
        public static let ssh = tcp(22)
        /// HTTP (TCP 80).
        public static let http = tcp(80)
        /// HTTPS (TCP 443).
        public static let https = tcp(443)
        /// MySQL and Aurora MySQL (TCP 3306).
        public static let mysqlAurora = tcp(3306)
        /// PostgreSQL (TCP 5432).
        public static let postgres = tcp(5432)
        /// Microsoft SQL Server (TCP 1433).
        public static let mssql = tcp(1433)
        /// Remote Desktop (TCP 3389).
        public static let rdp = tcp(3389)
        /// NFS (TCP 2049).
        public static let nfs = tcp(2049)
        /// DNS over UDP (UDP 53).
        public static let dnsUdp = udp(53)
        /// DNS over TCP (TCP 53).
        public static let dnsTcp = tcp(53)

        public var description: String { stringRepresentation }

        /// Whether a group can hold the rule in its own resource: not for ports that are tokens,
        /// whose rules become separate resources, as in the AWS CDK.
        var canInlineRule: Bool {
            !(fromPort.map { Token.isUnresolved($0) } ?? false) && !(toPort.map { Token.isUnresolved($0) } ?? false)
        }

        /// What is wrong with the range, if anything: TCP and UDP ports are 0 to 65535 and the
        /// range may not run backwards; ICMP types and codes are -1 to 255.
        /// Ports that are tokens are only known at deployment: they are not checked.
        var problem: String? {
            guard let fromPort, let toPort, !Token.isUnresolved(fromPort), !Token.isUnresolved(toPort) else { return nil }
            let (from, to) = (JSONWriter.formatNumber(fromPort), JSONWriter.formatNumber(toPort))
            switch ipProtocol {
            case "tcp", "udp":
                if !(0...65535).contains(fromPort) || !(0...65535).contains(toPort) {
                    return "\(ipProtocol.uppercased()) ports must be between 0 and 65535, got \(from)-\(to)."
                }
                if fromPort > toPort {
                    return "The port range \(from)-\(to) runs backwards: the start port must not be greater than the end port."
                }
            case "icmp", "icmpv6":
                if !(-1...255).contains(fromPort) || !(-1...255).contains(toPort) {
                    return "ICMP types and codes must be between -1 and 255, got type \(from) code \(to)."
                }
            default:
                break
            }
            return nil
        }
    }
}
