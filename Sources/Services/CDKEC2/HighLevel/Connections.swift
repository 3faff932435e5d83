import CDK

extension EC2 {
    /// Something with network connections managed by security groups (the AWS CDK's
    /// `IConnectable`): security groups, peers, functions in a VPC, interface endpoints.
    public protocol Connectable: AnyObject {
        /// The connections of this object; throws for an object without security groups to
        /// manage (a function outside a VPC).
        var connections: Connections { get throws }
    }

    /// The allowed connections of a connectable (the AWS CDK's `ec2.Connections`): allowing
    /// traffic between two of them adds an ingress rule to the groups of the receiving side and
    /// an egress rule to the groups of the sending side, exactly as the AWS CDK does. Security
    /// groups added later receive the rules given before.
    ///
    /// ```swift
    /// try database.connections.allowFrom(app, .tcp(5432), description: "app to database")
    /// ```
    public final class Connections: Connectable {
        /// The default port of the connectable (an endpoint's service port), if it has one.
        public let defaultPort: Port?
        private let groups: ReactiveList<any SecurityGroupRef>
        private let rules: ReactiveList<any PeerRef>
        private var skip = false
        private var remoteRule = false

        /// Connections of `securityGroups`, represented in rules of others by `peer` (and the
        /// groups), with `defaultPort`.
        public init(securityGroups: [any SecurityGroupRef] = [], peer: (any PeerRef)? = nil, defaultPort: Port? = nil) {
            self.defaultPort = defaultPort
            groups = ReactiveList(securityGroups)
            rules = ReactiveList(securityGroups.map { $0 as any PeerRef } + (peer.map { [$0] } ?? []))
        }

        /// The connections themselves.
        public var connections: Connections { self }

        /// The security groups managed.
        public var securityGroups: [any SecurityGroupRef] { groups.elements }

        /// Adds security groups; the rules given so far apply to them too.
        public func addSecurityGroup(_ securityGroups: any SecurityGroupRef...) throws {
            for group in securityGroups {
                try groups.push([group])
                try rules.push([group])
            }
        }

        /// Allows traffic from `other` on `port`: ingress on these groups, egress on the other's.
        public func allowFrom(_ other: any Connectable, _ port: Port, description: String? = nil) throws {
            try allow(.ingress, other, port, description: description)
        }

        /// Allows traffic to `other` on `port`: egress on these groups, ingress on the other's.
        public func allowTo(_ other: any Connectable, _ port: Port, description: String? = nil) throws {
            try allow(.egress, other, port, description: description)
        }

        /// Adds the `direction` rule to these groups for every peer of `other` (now and later),
        /// then the reverse rule on the other's groups, placed as remote rules (under the
        /// peer's group when it is in another stack). `skip` stops the reverse call from
        /// coming back.
        private func allow(_ direction: RuleDirection, _ other: any Connectable, _ port: Port, description: String?) throws {
            if skip { return }
            let remote = remoteRule
            try groups.forEachAndForever { group in
                try other.connections.rules.forEachAndForever { peer in
                    switch direction {
                    case .ingress: try group.addIngressRule(peer, port, description: description, remoteRule: remote)
                    case .egress: try group.addEgressRule(peer, port, description: description, remoteRule: remote)
                    }
                }
            }
            let otherConnections = try other.connections
            skip = true
            otherConnections.remoteRule = true
            defer {
                skip = false
                otherConnections.remoteRule = false
            }
            try otherConnections.allow(direction.reversed, self, port, description: description)
        }

        /// Allows the members of these groups to reach each other on `port`.
        public func allowInternally(_ port: Port, description: String? = nil) throws {
            try groups.forEachAndForever { group in
                try self.rules.forEachAndForever { peer in
                    try group.addIngressRule(peer, port, description: description, remoteRule: false)
                    try group.addEgressRule(peer, port, description: description, remoteRule: false)
                }
            }
        }

        /// Allows traffic from any IPv4 address on `port`.
        public func allowFromAnyIpv4(_ port: Port, description: String? = nil) throws {
            try allowFrom(Peer.anyIpv4(), port, description: description)
        }

        /// Allows traffic to any IPv4 address on `port`.
        public func allowToAnyIpv4(_ port: Port, description: String? = nil) throws {
            try allowTo(Peer.anyIpv4(), port, description: description)
        }

        /// Allows traffic from `other` on this connectable's default port.
        public func allowDefaultPortFrom(_ other: any Connectable, description: String? = nil) throws {
            try allowFrom(other, try requireDefaultPort("allowDefaultPortFrom"), description: description)
        }

        /// Allows traffic from any IPv4 address on this connectable's default port.
        public func allowDefaultPortFromAnyIpv4(description: String? = nil) throws {
            try allowFromAnyIpv4(try requireDefaultPort("allowDefaultPortFromAnyIpv4"), description: description)
        }

        /// Allows the members of these groups to reach each other on the default port.
        public func allowDefaultPortInternally(description: String? = nil) throws {
            try allowInternally(try requireDefaultPort("allowDefaultPortInternally"), description: description)
        }

        /// Allows traffic to `other` on this connectable's default port.
        public func allowDefaultPortTo(_ other: any Connectable, description: String? = nil) throws {
            try allowTo(other, try requireDefaultPort("allowDefaultPortTo"), description: description)
        }

        /// Allows traffic to `other` on the other's default port.
        public func allowToDefaultPort(_ other: any Connectable, description: String? = nil) throws {
            guard let port = try other.connections.defaultPort else {
                throw CDKError(code: "CannotCallAllowDefaultPort", message: "Cannot call allowToDefaultPort(): other resource has no default port. Pass a port to allowTo() instead.")
            }
            try allowTo(other, port, description: description)
        }

        private func requireDefaultPort(_ method: String) throws -> Port {
            guard let defaultPort else {
                throw CDKError(code: "CannotCallAllowDefaultPort", message: "Cannot call \(method)(): this resource has no default port. Pass a port to the method without 'DefaultPort' instead.")
            }
            return defaultPort
        }
    }

    /// The direction of a security group rule, seen from the group that holds it.
    enum RuleDirection {
        /// Traffic coming in (`SecurityGroupIngress`, "from").
        case ingress
        /// Traffic going out (`SecurityGroupEgress`, "to").
        case egress

        /// The rule the other side of a connection needs.
        var reversed: RuleDirection { self == .ingress ? .egress : .ingress }
        /// The word of rule ids and default descriptions: `from` or `to`.
        var preposition: String { self == .ingress ? "from" : "to" }
    }

    /// A list that tells its listeners of every element, present and future.
    final class ReactiveList<Element> {
        private(set) var elements: [Element] = []
        private var listeners: [(Element) throws -> Void] = []

        init(_ initial: [Element]) { elements = initial }

        func push(_ newElements: [Element]) throws {
            elements.append(contentsOf: newElements)
            for listener in listeners {
                for element in newElements { try listener(element) }
            }
        }

        func forEachAndForever(_ listener: @escaping (Element) throws -> Void) throws {
            for element in elements { try listener(element) }
            listeners.append(listener)
        }
    }
}
