import CDK

/// Assertions on a CloudFormation template: the one a stack synthesizes, or one given as JSON.
///
/// ```swift
/// let template = try Template(stack)
/// try template.resourceCountIs("AWS::S3::Bucket", 1)
/// try template.hasResourceProperties("AWS::S3::Bucket", ["VersioningConfiguration": ["Status": "Enabled"]])
/// ```
///
/// Every assertion throws an ``AssertionFailure`` whose description is the whole report, so a
/// plain `try` fails a Swift Testing or XCTest test with a readable message.
public struct Template {
    /// The template.
    public let json: JSONObject
    /// The stack's artifact, when the template was synthesized from a stack: it gives the
    /// construct path of each logical id.
    public let stackArtifact: CloudFormationStackArtifact?

    /// The template of `stack`. Synthesizes the stack's app (or root stage); synthesis is
    /// cached, so build the whole tree before the first `Template(stack)`.
    ///
    /// - Parameters:
    ///   - stack: The stack whose template is checked.
    ///   - skipCyclicalDependenciesCheck: Do not fail on a `DependsOn`/`Ref` cycle between
    ///     resources (which CloudFormation would refuse).
    public init(_ stack: Stack, skipCyclicalDependenciesCheck: Bool = false) throws {
        try self.init(Self.synthesizedArtifact(of: stack), skipCyclicalDependenciesCheck: skipCyclicalDependenciesCheck)
    }

    /// The template of a synthesized stack artifact (one of `assembly.stacksRecursively`).
    public init(_ artifact: CloudFormationStackArtifact, skipCyclicalDependenciesCheck: Bool = false) throws {
        guard case .object(let object) = artifact.template else {
            throw AssertionFailure("The template of stack '\(artifact.displayName)' is not a JSON object.")
        }
        try self.init(object, artifact: artifact, skipCyclicalDependenciesCheck: skipCyclicalDependenciesCheck)
    }

    /// A template given as JSON (an object literal works: `Template(json: ["Resources": [...]])`).
    public init(json: JSONValue, skipCyclicalDependenciesCheck: Bool = false) throws {
        guard case .object(let object) = json else {
            throw AssertionFailure("A template must be a JSON object, got \(json.kindName).")
        }
        try self.init(object, artifact: nil, skipCyclicalDependenciesCheck: skipCyclicalDependenciesCheck)
    }

    /// A template given as JSON text.
    public init(jsonString: String, skipCyclicalDependenciesCheck: Bool = false) throws {
        let value: JSONValue
        do {
            value = try JSONParser.parse(jsonString)
        } catch {
            throw AssertionFailure("The template is not valid JSON: \(error)")
        }
        try self.init(json: value, skipCyclicalDependenciesCheck: skipCyclicalDependenciesCheck)
    }

    private init(_ json: JSONObject, artifact: CloudFormationStackArtifact?, skipCyclicalDependenciesCheck: Bool) throws {
        self.json = json
        self.stackArtifact = artifact
        if !skipCyclicalDependenciesCheck { try CycleCheck.check(json) }
    }

    /// The template as a JSON value.
    public func toJSON() -> JSONValue { .object(json) }

    /// The section `name` (`Resources`, `Outputs`, ...), empty when the template has none.
    func section(_ name: String) -> JSONObject {
        json[name]?.objectValue ?? [:]
    }

    static func synthesizedArtifact(of stack: Stack) throws -> CloudFormationStackArtifact {
        guard let stage = (stack.node.root as? Stage) ?? Stage.of(stack) else {
            throw AssertionFailure("unexpected: all stacks must be part of a Stage or an App (stack '\(stack.node.path)' is not)")
        }
        let assembly = try stage.synth()
        guard let artifact = assembly.stacksRecursively.first(where: { $0.id == stack.artifactId }) else {
            throw AssertionFailure("Stack '\(stack.node.path)' (artifact '\(stack.artifactId)') is not in the synthesized assembly. Was it added after the app was synthesized? Synthesis is cached: build the whole tree first.")
        }
        return artifact
    }
}
