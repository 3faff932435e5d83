/// A CloudFormation stack: the unit of deployment. Every resource belongs to exactly one stack.
///
/// ```swift
/// let stack = try Stack(app, "Storage", env: Environment(account: "111111111111", region: "eu-west-1"),
///                       description: "Data stores")
/// ```
open class Stack: Construct {
    /// The environment given or inherited from the stage; `nil` parts are agnostic.
    public let environment: Environment
    /// The CloudFormation stack name.
    public let stackName: String
    /// The id of the stack's artifact in the cloud assembly.
    public let artifactId: String
    /// Template-level options: description, transforms, metadata.
    public var templateOptions: TemplateOptions
    /// Whether CloudFormation refuses to delete the stack.
    public var terminationProtection: Bool
    /// How the stack is turned into assembly files.
    public let synthesizer: any StackSynthesizer
    /// The stack's tags, applied by CloudFormation to every resource that supports them.
    public let tags: TagManager

    @exclusivity(unchecked) private(set) var stackDependencies: [(stack: Stack, reasons: [String])] = []
    @exclusivity(unchecked) private var logicalIdRenames: [String: String] = [:]
    @exclusivity(unchecked) private var usedRenames: Set<String> = []
    /// The logical-id generation and the `Resources` written ahead (``StackSynthesisCache``).
    @exclusivity(unchecked) var synthesisCache = StackSynthesisCache()
    /// The context values this stack's lookups asked for and did not find (``reportMissingContextKey(_:)``).
    public internal(set) var missingContext: [MissingContext] = []

    /// A stack with `id` under `scope` (an ``App``, a ``Stage`` or any construct in them).
    ///
    /// - Parameters:
    ///   - scope: The app, stage or construct to add it to.
    ///   - id: Its id in `scope`.
    ///   - env: Account and region; by default the stage's, otherwise environment-agnostic.
    ///   - stackName: The CloudFormation name (default: derived from the id and stage).
    ///   - description: The template's description.
    ///   - terminationProtection: Protects the stack from deletion.
    ///   - tags: Tags for the stack and all its resources.
    ///   - synthesizer: How to synthesize (default: ``DefaultStackSynthesizer``).
    public init(
        _ scope: Construct, _ id: String,
        env: Environment? = nil,
        stackName: String? = nil,
        description: String? = nil,
        terminationProtection: Bool = false,
        tags: [String: String] = [:],
        synthesizer: (any StackSynthesizer)? = nil
    ) throws {
        let stage = Stage.of(scope)
        environment = Environment(account: env?.account ?? stage?.environment.account,
                                  region: env?.region ?? stage?.environment.region)
        templateOptions = TemplateOptions(description: description)
        self.terminationProtection = terminationProtection
        self.synthesizer = synthesizer ?? DefaultStackSynthesizer()
        self.tags = TagManager(.keyValue, resourceType: "aws:cdk:stack", tagPropertyName: "tags")
        // Names depend on the path, which exists once the construct is in the tree.
        let sanitized = Construct.sanitize(id)
        let idsFromStage = Stack.ids(from: stage, scope: scope, id: sanitized)
        let idsFromRoot = Stack.ids(from: nil, scope: scope, id: sanitized)
        let prefix = stage.map { $0.stageName.isEmpty ? "" : $0.stageName + "-" } ?? ""
        self.stackName = try stackName ?? (prefix + Stack.makeStackName(idsFromStage))
        artifactId = Stack.sanitizeArtifactId(try Stack.makeStackName(idsFromRoot))
        try super.init(scope, id)
        for (key, value) in tags.sorted(by: { $0.key < $1.key }) {
            if let problem = TagKeyCheck.problem(key: key, value: value) { throw CDKError("InvalidTag", problem, at: self) }
            self.tags.setTag(key, value)
        }
        if let description, description.utf8.count > 1024 {
            throw CDKError("InvalidDescription", "The stack description is \(description.utf8.count) bytes long; CloudFormation allows at most 1024. Shorten it.", at: self)
        }
        try validateStackName()
        // The AWS CDK reads it to choose the artifact id; v2 always uses the unique id.
        try FeatureFlags.of(self).refuseIfExpiredAndSet("@aws-cdk/core:enableStackNameDuplicates")
        if let problem = EnvironmentCheck.problem(environment) {
            throw CDKError("InvalidEnvironment", problem, at: self)
        }
        try Stage.root(of: self)?.stackNames.register(self)
        self.synthesizer.bind(self)
        try addPermissionsBoundaryAspect()
    }

    private func validateStackName() throws {
        if Token.isUnresolved(stackName) { return }
        if stackName.count > 128 {
            throw CDKError("InvalidStackName", "Stack name must be <= 128 characters. Stack name: '\(stackName)'", at: self)
        }
        let scalars = Array(stackName.unicodeScalars)
        let valid = !scalars.isEmpty && Self.isASCIILetter(scalars[0])
            && scalars.allSatisfy { $0.isASCIILetterOrDigit || $0 == "-" }
        if !valid {
            throw CDKError("InvalidStackName", "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '\(stackName)'", at: self)
        }
    }

    private static func ids(from container: Construct?, scope: Construct, id: String) -> [String] {
        var ids = [id]
        var current: Construct? = scope
        while let c = current, c !== container, c.node.scope != nil {
            ids.insert(c.node.id, at: 0)
            current = c.node.scope
        }
        return ids
    }

    private static func makeStackName(_ components: [String]) throws -> String {
        components.count == 1 ? components[0] : try UniqueID.make(components)
    }

    private static func sanitizeArtifactId(_ id: String) -> String {
        String(String.UnicodeScalarView(id.unicodeScalars.map {
            $0.isASCIILetterOrDigit || "_.-".unicodeScalars.contains($0) ? $0 : "_"
        }))
    }

    /// The stack that contains `construct` (or `construct` itself, if it is a stack).
    /// Whether `scalar` is an ASCII letter (stack and stage names start with one).
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    public static func of(_ construct: Construct) throws -> Stack {
        if let stack = enclosing(construct) { return stack }
        throw CDKError("NoStack", "\(construct.node.id.isEmpty ? "The root" : "'\(construct.node.id)'") should be created in the scope of a Stack, but no Stack found. Create it inside a Stack.", at: construct)
    }

    /// The stack that a new construct with `id` under `scope` belongs to; the error names the
    /// path the construct would have had (a resource created directly under the app).
    static func of(_ scope: Construct, placing id: String) throws -> Stack {
        if let stack = enclosing(scope) { return stack }
        let path = scope.node.path.isEmpty ? id : scope.node.path + "/" + id
        throw CDKError(code: "NoStack", message: "'\(id)' should be created in the scope of a Stack, but no Stack found (its scope is \(scope.node.path.isEmpty ? "the App" : "'\(scope.node.path)'")). Create it inside a Stack: `let stack = try Stack(app, \"MyStack\")`, then `(stack, \"\(id)\")`.", path: path)
    }

    private static func enclosing(_ construct: Construct) -> Stack? {
        // An element found its stack this way when it was created (resolving asks for the
        // stack of each consuming element).
        if let element = construct as? CfnElement { return element.stack }
        var current: Construct? = construct
        while let c = current {
            if let stack = c as? Stack { return stack }
            current = c.node.scope
        }
        return nil
    }

    open override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.Stack") }

    /// The template's file name in the assembly: `<artifactId>.template.json`.
    open var templateFile: String { artifactId + ".template.json" }

    /// Whether this stack is deployed as a resource of another stack (see ``NestedStack``).
    open var isNested: Bool { false }

    // MARK: Environment

    /// The account: a literal, or `{"Ref": "AWS::AccountId"}` for an agnostic stack.
    public var account: String { environment.account ?? Aws.accountId }
    /// The region: a literal, or `{"Ref": "AWS::Region"}` for an agnostic stack.
    public var region: String { environment.region ?? Aws.region }
    /// The partition: `{"Ref": "AWS::Partition"}`.
    public var partition: String { Aws.partition }
    /// The URL suffix: `{"Ref": "AWS::URLSuffix"}`.
    public var urlSuffix: String { Aws.urlSuffix }
    /// The stack id: `{"Ref": "AWS::StackId"}`.
    public var stackId: String { Aws.stackId }
    /// The stack notification ARNs: `{"Ref": "AWS::NotificationARNs"}`.
    public var notificationArns: [String] { Aws.notificationARNs }
    /// Whether account or region are left to deployment time.
    public var isEnvironmentAgnostic: Bool { environment.account == nil || environment.region == nil }

    /// The stack's description.
    public var templateDescription: String? {
        get { templateOptions.description }
        set { templateOptions.description = newValue }
    }

    /// Adds a transform (such as `AWS::Serverless-2016-10-31`) to the template. As in the AWS
    /// CDK, every call is kept: one transform is written as a string, more (even the same one
    /// twice) as a list of the distinct ones.
    public func addTransform(_ transform: String) {
        templateOptions.transforms.append(transform)
    }

    // MARK: Logical ids

    /// The logical id of `element`: its override, or the id allocated from its path below this
    /// stack, after renames.
    public func getLogicalId(_ element: CfnElement) throws -> String {
        try logicalIdOf(element)
    }

    func logicalIdOf(_ element: CfnElement) throws -> String {
        if let override = element.logicalIdOverride { return override }
        // The element keeps the id its own stack gave it, until a logical id changes.
        let ownElement = element.stack === self
        if ownElement, let cached = element.synthesisCache.logicalId, cached.generation == synthesisCache.logicalIdGeneration {
            return cached.id
        }
        let allocated = try allocateLogicalId(element)
        let renamed = logicalIdRenames[allocated]
        if renamed != nil { usedRenames.insert(allocated) }
        let id = renamed ?? allocated
        if ownElement { element.synthesisCache.logicalId = (synthesisCache.logicalIdGeneration, id) }
        return id
    }

    /// Allocates the logical id of `element` from its path below this stack.
    open func allocateLogicalId(_ element: CfnElement) throws -> String {
        var components: [String] = []
        components.reserveCapacity(8)
        var current: Construct? = element
        while let c = current, c !== self {
            components.append(c.id)
            current = c.scope
        }
        components.reverse()
        return try UniqueID.make(components)
    }

    /// Renames a logical id after allocation (for example to keep a resource's old id after a
    /// refactoring). Synthesis fails if no element gets `oldId`.
    public func renameLogicalId(_ oldId: String, _ newId: String) {
        logicalIdRenames[oldId] = newId
        synthesisCache.logicalIdGeneration += 1
    }

    func unusedRenames() -> [String] {
        logicalIdRenames.keys.filter { !usedRenames.contains($0) }.sorted()
    }

    // MARK: Dependencies

    /// Makes this stack deploy after `target`.
    public func addDependency(_ target: Stack, reason: String? = nil) throws {
        try Dependencies.add(source: .stack(self), target: .stack(target),
                             reason: reason ?? "{\(node.path)}.addDependency({\(target.node.path)})")
    }

    /// The stacks this stack depends on, in the order the dependencies were added.
    public var dependencies: [Stack] { stackDependencies.map { $0.stack } }

    func addAssemblyDependency(_ target: Stack, reason: String) throws {
        if let cycle = target.dependencyReasons(to: self) {
            throw CDKError(
                code: "DependencyCycle",
                message: "'\(target.node.path)' depends on '\(node.path)' (\(cycle.joined(separator: ", "))). Adding this dependency (\(reason)) would create a cyclic reference. Remove one of the references, or move the shared resources into a third stack that both depend on.",
                path: node.path)
        }
        if let index = stackDependencies.firstIndex(where: { $0.stack === target }) {
            if !stackDependencies[index].reasons.contains(reason) { stackDependencies[index].reasons.append(reason) }
        } else {
            stackDependencies.append((target, [reason]))
        }
    }

    /// The reasons along a dependency path from this stack to `other`, if there is one.
    private func dependencyReasons(to other: Stack) -> [String]? {
        if self === other { return [] }
        for dependency in stackDependencies {
            if let rest = dependency.stack.dependencyReasons(to: other) { return dependency.reasons + rest }
        }
        return nil
    }

    // MARK: Values

    /// Resolves `value` as it would be written into this stack's template.
    public func resolve(_ value: JSONValue) throws -> JSONValue? {
        try Resolver(scope: self).resolve(value)
    }

    /// A string token that resolves to `value` as JSON text, tokens included
    /// (`{"Fn::Join": ["", ["{\"a\":\"", {"Ref": ...}, "\"}"]]}`).
    public func toJsonString(_ value: JSONValue) -> String {
        Token.asString(JSONStringToken(value: value))
    }

    /// Exports `value` (a resource attribute) from this stack and returns an
    /// `Fn::ImportValue` of it, for use in other stacks.
    ///
    /// With `name`, the export gets that name and an output `Export<name>`.
    @discardableResult
    public func exportValue(_ value: String, name: String? = nil, description: String? = nil) throws -> String {
        if let name {
            _ = try CfnOutput(self, "Export\(name)", value: value, description: description, exportName: name)
            return Fn.importValue(name)
        }
        guard let reference = Token.reverse(value) as? CfnReference else {
            throw CDKError("InvalidExport", "exportValue: either supply 'name' or make sure to export a resource attribute (like 'bucket.bucketName')", at: self)
        }
        return try CrossStackReferences.exportReference(reference, from: self, description: description).importName
    }

    // MARK: Synthesis

    /// The CloudFormation elements of this stack in tree order (not those of nested stacks).
    var cfnElements: [CfnElement] {
        var result: [CfnElement] = []
        func visit(_ c: Construct) {
            if let element = c as? CfnElement { result.append(element) }
            for child in c.children where !(child is Stack) { visit(child) }
        }
        visit(self)
        return result
    }

    /// The template of this stack, resolved.
    func renderTemplate() throws -> JSONObject {
        try renderTemplateWithResourcesText().template
    }

    /// The template of this stack, resolved, with the text of its `Resources` section when it
    /// was written ahead (``ResourcesWrittenAhead``) and nothing changed the section since.
    func renderTemplateWithResourcesText() throws -> (template: JSONObject, resourcesText: BackgroundValue<ResourcesWrittenAhead.Text>?) {
        let header = templateHeader()
        let elements = cfnElements
        let ahead = synthesisCache.resourcesWrittenAhead.flatMap {
            $0.isCurrent(header: header, elements: elements, generation: synthesisCache.logicalIdGeneration) ? $0 : nil
        }
        synthesisCache.resourcesWrittenAhead = nil
        let resolver = Resolver(scope: self)
        var merge = ahead?.merge ?? TemplateMerge(header)
        for element in elements[(ahead?.elementCount ?? 0)...] {
            let prepared = element.synthesisCache.preparedGeneration == synthesisCache.logicalIdGeneration ? element.synthesisCache.preparedFragment : nil
            let fragment = try prepared ?? element.toCloudFormation(resolver)
            try merge.merge(fragment, element: element)
        }
        var template = merge.result()
        if case .object(let metadata)? = template["Metadata"], let resolved = try resolver.resolve(.object(metadata)) {
            template["Metadata"] = resolved
        }
        let unused = unusedRenames()
        if !unused.isEmpty {
            throw CDKError("UnusedRename", "The following Logical IDs were attempted to be renamed, but not found: \(unused.joined(separator: ", ")). Remove the renameLogicalId calls or fix their ids.", at: self)
        }
        let resourcesText = ahead.flatMap { $0.hasSameResources(as: merge) ? $0.text : nil }
        return (template, resourcesText)
    }

    /// The template's members that come before any element's: description, transforms,
    /// format version and metadata.
    func templateHeader() -> JSONObject {
        var template = JSONObject()
        if let description = templateOptions.description { template["Description"] = .string(description) }
        let transforms = templateOptions.transforms
        if transforms.count == 1 {
            template["Transform"] = .string(transforms[0])
        } else if !transforms.isEmpty {
            var seen: Set<String> = []
            template["Transform"] = transforms.filter { seen.insert($0).inserted }.jsonValue
        }
        if let version = templateOptions.templateFormatVersion { template["AWSTemplateFormatVersion"] = .string(version) }
        if !templateOptions.metadata.isEmpty { template["Metadata"] = .object(templateOptions.metadata) }
        return template
    }
}

/// Options for the template as a whole.
public struct TemplateOptions {
    /// The template's `Description`.
    public var description: String?
    /// The template's `Transform` entries, as they were added (see ``Stack/addTransform(_:)``).
    public var transforms: [String] = []
    /// `AWSTemplateFormatVersion`, if set.
    public var templateFormatVersion: String?
    /// The template's `Metadata` section.
    public var metadata: JSONObject = [:]

    /// Options with a description.
    public init(description: String? = nil) { self.description = description }
}

/// Renders a value as JSON text, with tokens spliced in.
final class JSONStringToken: Resolvable {
    let value: JSONValue
    init(value: JSONValue) { self.value = value }

    var displayHint: String { "JSON" }

    func resolve(_ context: ResolveContext) throws -> JSONValue? {
        // Tokens inside strings are written in place, then the text is split at them again.
        try context.resolve(.string(JSONWriter.compact(value)))
    }
}
