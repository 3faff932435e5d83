/// The props of a high-level construct, or a group of options several kinds of props share: a
/// value of `var` members, each documented with its default, that can be built ahead, changed
/// per environment and passed on.
///
/// Every high-level construct takes its props as one value and an optional closure that changes
/// a copy of it, so that a call site sets only what differs from the defaults:
///
/// ```swift
/// let bucket = try S3.Bucket(stack, "Data") { $0.versioned = true }
///
/// var api = Lambda.FunctionProps(runtime: .python312, handler: "app.handler", code: .fromAsset("src"))
/// api.memorySize = 512
/// let dev = try Lambda.Function(devStack, "Api", api)
/// let prod = try Lambda.Function(prodStack, "Api", api.with { $0.memorySize = 2048 })
/// ```
public protocol ConstructProps {}

extension ConstructProps {
    /// A copy with the changes `change` makes.
    public func with(_ change: (inout Self) throws -> Void) rethrows -> Self {
        var copy = self
        try change(&copy)
        return copy
    }
}

extension ConstructProps {
    /// A copy with the changes `change` makes, for the construct `id` about to be created under
    /// `scope`: an error without a path that `change` throws (a value such as
    /// `Schedule.cron(minute: "61")` or `Duration` made in it) names that construct.
    public func with(_ change: (inout Self) throws -> Void, for scope: Construct, _ id: String) throws -> Self {
        var copy = self
        do {
            try change(&copy)
        } catch var error as CDKError where error.path == nil {
            error.path = scope.node.path.isEmpty ? id : scope.node.path + "/" + id
            throw error
        }
        return copy
    }
}
