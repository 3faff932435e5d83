/// An operation applied to every construct in a scope just before synthesis, to check or
/// change them (the AWS CDK's `IAspect`).
///
/// ```swift
/// final class BucketVersioningChecker: Aspect {
///     func visit(_ node: Construct) throws {
///         if let bucket = node as? CfnResource, bucket.cfnResourceType == "AWS::S3::Bucket" { ... }
///     }
/// }
/// Aspects.of(stack).add(BucketVersioningChecker())
/// ```
public protocol Aspect: AnyObject {
    /// Called once for each construct in the scope the aspect was added to.
    func visit(_ node: Construct) throws
}

/// Standard aspect priorities: lower runs first.
public enum AspectPriority {
    /// For aspects that change the tree (tags run here when the flag asks for it).
    public static let mutating = 200
    /// The default.
    public static let `default` = 500
    /// For aspects that only read the tree.
    public static let readonly = 1000
}

/// An aspect added to a construct, with its priority.
public struct AppliedAspect {
    /// The aspect.
    public let aspect: any Aspect
    /// Its priority: lower runs first.
    public let priority: Int
}

/// The aspects of a scope: `Aspects.of(scope).add(aspect)`.
public struct Aspects {
    let scope: Construct

    /// The aspects API of `scope`.
    public static func of(_ scope: Construct) -> Aspects { Aspects(scope: scope) }

    /// Applies `aspect` to `scope` and everything below it, at `priority`.
    public func add(_ aspect: any Aspect, priority: Int = AspectPriority.default) {
        scope.aspects.append(AppliedAspect(aspect: aspect, priority: priority))
        (scope.node.root as? Stage)?.hasAspects = true
    }

    /// The aspects added directly to this scope.
    public var all: [any Aspect] { scope.aspects.map { $0.aspect } }

    /// The aspects added directly to this scope, with their priorities.
    public var applied: [AppliedAspect] { scope.aspects }
}
