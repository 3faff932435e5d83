#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A group of stacks deployed together, such as one environment of an application
/// (`Dev`, `Prod`). A stage synthesizes into its own nested cloud assembly
/// (`assembly-<Stage>/`), and its stacks inherit its environment.
///
/// ```swift
/// final class Service: Stage {
///     override init(_ scope: Construct, _ id: String, env: Environment? = nil) throws {
///         try super.init(scope, id, env: env)
///         let shared = try Stack(self, "Shared")
///         ...
///     }
/// }
/// ```
open class Stage: Construct {
    /// The environment the stage's stacks inherit.
    public let environment: Environment
    /// The stage's name, prefixed by its parent stages' names (`Prod`, `Prod-EU`).
    public let stageName: String
    /// The stage this one is nested in, if any.
    public let parentStage: Stage?
    /// The folder of the stage's assembly, relative to its parent's.
    public let artifactId: String
    var synthesized: CloudAssembly?
    /// The stack names in use below this stage, when it is the root of its tree.
    let stackNames = StackNameRegistry()
    /// The export names in use below this stage, when it is the root of its tree.
    let exportNames = ExportNameRegistry()
    /// The paths of the constructs added to the tree after it was synthesized (recorded in
    /// the root stage).
    var addedAfterSynthesis: [String] = []
    var warnedAboutReferenceStrength = false
    /// Whether an aspect was added anywhere in the tree this stage is the root of: without
    /// one, synthesis skips the aspect pass over the tree.
    var hasAspects = false
    /// Whether a stage was created anywhere below this one, when it is the root of its tree:
    /// without one, synthesis does not look for nested stages.
    var hasNestedStages = false

    /// A stage under `scope` for `env` (by default, the enclosing stage's environment).
    public init(_ scope: Construct, _ id: String, env: Environment? = nil) throws {
        let placement = Placement(scope, id, env: env)
        (parentStage, environment, stageName, artifactId) = (placement.parent, placement.environment, placement.stageName, placement.artifactId)
        try super.init(scope, id)
        try validateName(id)
        (node.root as? Stage)?.hasNestedStages = true
    }

    /// A stage whose IAM roles and users all get `permissionsBoundary` (through the
    /// `@aws-cdk/core:permissionsBoundary` context), otherwise as ``init(_:_:env:)``.
    public init(_ scope: Construct, _ id: String, env: Environment? = nil, permissionsBoundary: PermissionsBoundary) throws {
        let placement = Placement(scope, id, env: env)
        (parentStage, environment, stageName, artifactId) = (placement.parent, placement.environment, placement.stageName, placement.artifactId)
        try super.init(scope, id)
        try validateName(id)
        (node.root as? Stage)?.hasNestedStages = true
        try permissionsBoundary.bind(to: self)
    }

    /// The parent, environment and names of a new stage.
    private struct Placement {
        let parent: Stage?
        let environment: Environment
        let stageName: String
        let artifactId: String

        init(_ scope: Construct, _ id: String, env: Environment?) {
            parent = Stage.of(scope)
            environment = Environment(account: env?.account ?? parent?.environment.account,
                                      region: env?.region ?? parent?.environment.region)
            let name = id.replacing("/", with: "--")
            if let parentName = parent?.stageName, !parentName.isEmpty {
                stageName = parentName + "-" + name
            } else {
                stageName = name
            }
            let path = scope.node.path.isEmpty ? name : scope.node.path + "/" + name
            artifactId = "assembly-" + path.replacing("/", with: "-")
        }
    }

    private func validateName(_ id: String) throws {
        if let problem = EnvironmentCheck.problem(environment) {
            throw CDKError("InvalidEnvironment", problem, at: self)
        }
        if !Self.isValidStageName(id) {
            throw CDKError("InvalidStageName", "invalid stage name \"\(id)\". Stage name must start with a letter and contain only alphanumeric characters, hyphens ('-'), underscores ('_') and periods ('.')", at: self)
        }
    }

    /// The root stage (used by ``App``).
    init(rootWithEnvironment env: Environment) {
        parentStage = nil
        environment = env
        stageName = ""
        artifactId = ""
        super.init(root: "")
    }

    private static func isValidStageName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, Stack.isASCIILetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetterOrDigit || "-_.".unicodeScalars.contains($0) }
    }

    /// The stage at the root of the tree `construct` is in, if the root is a stage.
    static func root(of construct: Construct) -> Stage? {
        var current = construct
        while let scope = current.node.scope { current = scope }
        return current as? Stage
    }

    /// The closest stage that contains `construct`, including `construct` itself.
    public static func of(_ construct: Construct) -> Stage? {
        var current: Construct? = construct
        while let c = current {
            if let stage = c as? Stage { return stage }
            current = c.node.scope
        }
        return nil
    }

    /// The stacks that belong to this stage directly (not to stages nested in it), in tree order.
    public var stacks: [Stack] {
        var result: [Stack] = []
        func visit(_ c: Construct) {
            for child in c.node.children {
                if child is Stage { continue }
                if let stack = child as? Stack { result.append(stack) }
                visit(child)
            }
        }
        visit(self)
        return result
    }

    open override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.Stage") }

    /// Synthesizes the stage into a cloud assembly: runs aspects, resolves references,
    /// validates every construct and renders every template.
    ///
    /// The result is cached: a second call returns the same assembly. When the stage (or app)
    /// has an output directory, the assembly is also written there.
    ///
    /// - Parameter errorOnDuplicateSynth: Whether a second call throws when constructs were
    ///   added since the first (they would not be in the assembly), as in the AWS CDK; with
    ///   `false` it returns the first assembly without them.
    @discardableResult
    public func synth(errorOnDuplicateSynth: Bool = true) throws -> CloudAssembly {
        if let synthesized {
            let prefix = node.path.isEmpty ? "" : node.path + "/"
            let added = (Stage.root(of: self)?.addedAfterSynthesis ?? []).filter { $0.hasPrefix(prefix) }
            if errorOnDuplicateSynth && !added.isEmpty {
                let listed = added.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
                throw CDKError(
                    code: "SynthesizedTwice",
                    message: "Synthesis has been called multiple times and the construct tree was modified after the first synthesis (added: \(listed)\(added.count > 5 ? ", ..." : "")). This is not allowed: build the whole tree, then call synth() once.",
                    path: added[0])
            }
            return synthesized
        }
        let assembly = try Synthesis(stage: self).run()
        synthesized = assembly
        if parentStage == nil { Self.seal(self) }
        return assembly
    }

    /// Marks every construct of the tree as synthesized: children added to them from now on
    /// are recorded in the root stage.
    private static func seal(_ construct: Construct) {
        construct.synthesizedBefore = true
        for child in construct.children { seal(child) }
    }
}
