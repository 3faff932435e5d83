import CDKJSON

/// One security group rule, normalized for comparison and display as the AWS CDK's diff does.
public struct SecurityGroupRule: Sendable, Equatable {
    /// The group the rule belongs to (`${Group.GroupId}`).
    public var groupId: String
    /// The IP protocol (`tcp`, `-1` for everything).
    public var ipProtocol: String
    /// The start of the port range, or the ICMP type.
    public var fromPort: JSONValue?
    /// The end of the port range, or the ICMP code.
    public var toPort: JSONValue?
    /// The other side: a CIDR, a security group or a prefix list (rendered).
    public var peer: String?

    init(_ rule: JSONObject, group: String?) {
        ipProtocol = rule["IpProtocol"].map(IntrinsicRenderer.text) ?? "*unknown*"
        fromPort = rule["FromPort"]
        toPort = rule["ToPort"]
        groupId = rule["GroupId"].map(IntrinsicRenderer.text) ?? group ?? "*unknown*"
        let peerKeys = ["CidrIp", "CidrIpv6", "DestinationSecurityGroupId", "SourceSecurityGroupId",
                        "DestinationPrefixListId", "SourcePrefixListId"]
        peer = peerKeys.lazy.compactMap { rule[$0] }.first.map(IntrinsicRenderer.text)
    }

    /// `Everything`, `All ICMP`, `TCP 443` or `TCP 1024-65535`.
    public var protocolDescription: String {
        if ipProtocol == "-1" { return "Everything" }
        let name = ipProtocol.uppercased()
        let from = fromPort.map(IntrinsicRenderer.text), to = toPort.map(IntrinsicRenderer.text)
        if fromPort?.numberValue == -1 { return "All \(name)" }
        if from == to { return "\(name) \(from ?? "undefined")" }
        return "\(name) \(from ?? "undefined")-\(to ?? "undefined")"
    }

    /// `Everyone (IPv4)`, `Everyone (IPv6)`, the CIDR, group or prefix list, or `?`.
    public var peerDescription: String {
        switch peer {
        case "0.0.0.0/0": "Everyone (IPv4)"
        case "::/0": "Everyone (IPv6)"
        case let peer?: peer
        case nil: "?"
        }
    }
}

/// The security group rules that a template change adds or removes: the inline
/// `SecurityGroupIngress` / `SecurityGroupEgress` of `AWS::EC2::SecurityGroup` and the
/// `AWS::EC2::SecurityGroupIngress` / `Egress` resources.
public struct SecurityGroupChanges: Sendable {
    /// Ingress rules only in the new template.
    public var addedIngress: [SecurityGroupRule] = []
    /// Ingress rules only in the old template.
    public var removedIngress: [SecurityGroupRule] = []
    /// Egress rules only in the new template.
    public var addedEgress: [SecurityGroupRule] = []
    /// Egress rules only in the old template.
    public var removedEgress: [SecurityGroupRule] = []

    /// No changes.
    public init() {}

    /// The changes between the resources of two templates.
    public init(old: JSONObject, new: JSONObject) {
        let before = Self.read(old), after = Self.read(new)
        addedIngress = after.ingress.filter { !before.ingress.contains($0) }
        removedIngress = before.ingress.filter { !after.ingress.contains($0) }
        addedEgress = after.egress.filter { !before.egress.contains($0) }
        removedEgress = before.egress.filter { !after.egress.contains($0) }
    }

    /// Whether any rule changed.
    public var hasChanges: Bool {
        !(addedIngress.isEmpty && removedIngress.isEmpty && addedEgress.isEmpty && removedEgress.isEmpty)
    }

    private static func read(_ resources: JSONObject) -> (ingress: [SecurityGroupRule], egress: [SecurityGroupRule]) {
        var ingress: [SecurityGroupRule] = [], egress: [SecurityGroupRule] = []
        for (id, resource) in resources {
            let properties = IntrinsicRenderer.render(resource["Properties"] ?? [:]) ?? [:]
            switch resource["Type"]?.stringValue {
            case "AWS::EC2::SecurityGroup":
                let group = "${\(id).GroupId}"
                ingress += (properties["SecurityGroupIngress"]?.arrayValue ?? []).compactMap { $0.objectValue.map { SecurityGroupRule($0, group: group) } }
                egress += (properties["SecurityGroupEgress"]?.arrayValue ?? []).compactMap { $0.objectValue.map { SecurityGroupRule($0, group: group) } }
            case "AWS::EC2::SecurityGroupIngress":
                if let rule = properties.objectValue { ingress.append(SecurityGroupRule(rule, group: nil)) }
            case "AWS::EC2::SecurityGroupEgress":
                if let rule = properties.objectValue { egress.append(SecurityGroupRule(rule, group: nil)) }
            default:
                continue
            }
        }
        return (ingress, egress)
    }
}
