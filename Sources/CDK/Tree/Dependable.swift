/// Something others can depend on: a construct, or a group of them (a grant, for example).
/// Depending on it means depending on every resource below its roots.
public protocol Dependable: AnyObject {
    /// The constructs whose subtrees make up this dependable.
    var dependencyRoots: [Construct] { get }
}

/// A group of dependables that can be depended on as one.
public final class DependencyGroup: Dependable {
    @exclusivity(unchecked) private var members: [any Dependable]

    /// A group of `members`.
    public init(_ members: any Dependable...) { self.members = members }

    /// Adds members to the group.
    public func add(_ more: any Dependable...) { members.append(contentsOf: more) }

    /// The roots of every member.
    public var dependencyRoots: [Construct] { members.flatMap { $0.dependencyRoots } }
}
