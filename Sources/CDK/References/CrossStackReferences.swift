/// Finds references between stacks and turns them into outputs and imports, recording the
/// consumer's dependency on the producer (the AWS CDK's `resolveReferences`).
enum CrossStackReferences {
    /// How a reference crosses stacks (context `@aws-cdk/core:defaultCrossStackReferences`).
    enum Strength: String {
        /// An export in the producer, `Fn::ImportValue` in the consumer.
        case strong
        /// A plain output in the producer, `Fn::GetStackOutput` in the consumer.
        case weak
        /// Both an export and an output; the consumer reads the output.
        case both
    }

    static let strengthWarningID = "@aws-cdk/core:crossStackReferencesDefaultStrong"
    static let strengthWarning = "No cross-stack-reference strength configured, defaulting to \"strong\". We recommend you set feature flag \"@aws-cdk/core:defaultCrossStackReferences\" to \"both\", then deploy everywhere, then set it to \"weak\". Alternatively, set it to \"strong\" explicitly to lock in the current producer-protecting behavior. (See: https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/README.md#reference-strength)"

    /// Resolves every element below `root` to find its references, and creates the
    /// imports of those that cross stacks.
    static func resolve(in root: Construct) throws {
        let elements = root.node.findAll().compactMap { $0 as? CfnElement }
        // Each stack's resources are written in the background once its last element renders.
        // A stack's elements usually come in one run; a nested stack's can interrupt it.
        let isLastOfItsStack = lastOfEachStack(elements)
        var run: [CfnElement] = []
        var interruptedRuns: [ObjectIdentifier: [CfnElement]] = [:]
        for (i, element) in elements.enumerated() {
            let consumer = element.stack
            if run.first.map({ $0.stack !== consumer }) ?? true {
                if let previous = run.first?.stack { interruptedRuns[ObjectIdentifier(previous)] = run }
                run = interruptedRuns.removeValue(forKey: ObjectIdentifier(consumer)) ?? []
            }
            // The rendering is kept for the template unless something in it can still change
            // (the rules are in StackSynthesisCache).
            var stable = StackSynthesisCache.keepsRenderings(of: consumer) && !(element is NestedStackResource)
            let resolver = Resolver(scope: element, preparing: true) { token in
                if let reference = token as? CfnReference {
                    // Met before it resolves: a reference to another stack becomes its import
                    // first, so this rendering already holds the import.
                    try importIfCrossStack(reference, into: consumer, consumerElement: element)
                } else if let lazy = token as? LazyValue, !lazy.isCached {
                    stable = false
                }
            }
            let fragment = try element.toCloudFormation(resolver)
            element.synthesisCache.preparedFragment = stable ? fragment : nil
            element.synthesisCache.preparedGeneration = consumer.synthesisCache.logicalIdGeneration
            run.append(element)
            if isLastOfItsStack[i] {
                consumer.synthesisCache.resourcesWrittenAhead = ResourcesWrittenAhead.start(for: consumer, elements: run)
                run = []
            }
        }
    }

    /// Whether each element is the last one of its stack.
    private static func lastOfEachStack(_ elements: [CfnElement]) -> [Bool] {
        var isLast = [Bool](repeating: false, count: elements.count)
        var finished: [Stack] = []  // only looked at where the stack changes
        for i in elements.indices.reversed() {
            let stack = elements[i].stack
            if i + 1 < elements.count, elements[i + 1].stack === stack { continue }
            if !finished.contains(where: { $0 === stack }) {
                finished.append(stack)
                isLast[i] = true
            }
        }
        return isLast
    }

    /// Creates the value `reference` takes in `consumer` when it points into another stack
    /// (``value(of:in:consumerElement:)`` makes it once per reference and consumer).
    private static func importIfCrossStack(_ reference: CfnReference, into consumer: Stack, consumerElement: CfnElement) throws {
        guard reference.target.stack !== consumer else { return }
        _ = try value(of: reference, in: consumer, consumerElement: consumerElement)
    }

    /// What `reference` renders as in `consumer`: itself in its own stack, a parameter in a
    /// stack nested in its stack, an output of its nested stack, or an import from another stack.
    private static func value(of reference: CfnReference, in consumer: Stack, consumerElement: Construct) throws -> JSONValue {
        let target = reference.target
        let producer = target.stack
        if producer === consumer { return try reference.plainValue() }
        if let existing = reference.replacement(in: consumer) { return existing }
        let result: JSONValue
        if let nestedConsumer = consumer as? NestedStack, isNested(nestedConsumer, in: producer) {
            // Through a parameter of the nested stack, with the value as its parent sees it.
            let parentValue = try value(of: reference, in: nestedConsumer.parentStack, consumerElement: consumerElement)
            let id = "reference-to-" + (try Names.nodeUniqueId(target)) + reference.displayName
            let parameter: CfnParameter
            if let existing = nestedConsumer.node.tryFindChild(id) as? CfnParameter {
                parameter = existing
            } else {
                parameter = try CfnParameter(nestedConsumer, id, type: "String")
            }
            let name = try nestedConsumer.logicalIdOf(parameter)
            nestedConsumer.parameterValues[name] = parentValue
            result = ["Ref": .string(name)]
        } else if let nestedProducer = producer as? NestedStack, let stackResource = nestedProducer.nestedStackResource {
            // Through an output of the nested stack, read with GetAtt Outputs.X in its parent.
            let id = (try Names.nodeUniqueId(target)) + reference.displayName
            let output: CfnOutput
            if let existing = nestedProducer.node.tryFindChild(id) as? CfnOutput {
                output = existing
            } else {
                output = try CfnOutput(nestedProducer, id, value: Token.asString(reference))
            }
            let outputReference = stackResource.getAtt("Outputs." + (try nestedProducer.logicalIdOf(output)))
            result = try value(of: outputReference, in: consumer, consumerElement: consumerElement)
        } else {
            result = try importValue(of: reference, into: consumer, from: producer, consumerElement: consumerElement)
        }
        reference.setReplacement(result, in: consumer)
        return result
    }

    private static func isNested(_ stack: NestedStack, in ancestor: Stack) -> Bool {
        var current: Stack = stack
        while let nested = current as? NestedStack {
            if nested.parentStack === ancestor { return true }
            current = nested.parentStack
        }
        return false
    }

    private static func importValue(of reference: CfnReference, into consumer: Stack, from producer: Stack, consumerElement: Construct) throws -> JSONValue {
        let targetPath = reference.target.node.path + "." + reference.displayName
        if producer.node.root !== consumer.node.root {
            throw CDKError(
                code: "CrossAppReference",
                message: "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app. '\(consumerElement.node.path)' uses '\(targetPath)', which belongs to another App; create both stacks in one App.",
                path: consumerElement.node.path)
        }
        if CrossAccountReferences.applies(consumer: consumer, producer: producer) {
            return try CrossAccountReferences.value(of: reference, into: consumer, from: producer, consumerElement: consumerElement)
        }
        try checkSameEnvironment(consumer: consumer, producer: producer, consumerElement: consumerElement, targetPath: targetPath)
        try Dependencies.add(source: .stack(consumer), target: .stack(producer),
                             reason: "\(consumer.node.path) -> \(targetPath)")
        let strength = try self.strength(for: consumer)
        switch strength {
        case .strong:
            let imported: JSONValue = ["Fn::ImportValue": .string(try exportReference(reference, from: producer).exportName)]
            return reference.typeHint == .stringList ? ["Fn::Split": ["||", imported]] : imported
        case .weak, .both:
            if strength == .both { _ = try exportReference(reference, from: producer) }
            let outputName = try publishReference(reference, from: producer)
            let region = producer.environment.region.map(JSONValue.string) ?? ["Ref": "AWS::Region"]
            return ["Fn::GetStackOutput": ["StackName": .string(producer.stackName), "Region": region, "OutputName": .string(outputName)]]
        }
    }

    private static func checkSameEnvironment(consumer: Stack, producer: Stack, consumerElement: Construct, targetPath: String) throws {
        let c = consumer.environment, p = producer.environment
        if c == p { return }
        let hint = "References across accounts within one region are supported when both stacks name their account and region (they become Fn::GetStackOutput); across regions they are not yet. Deploy both stacks to the same region, or pass the value explicitly (for example as a parameter, or with an SSM parameter that the consuming stack reads)."
        if c.region != p.region && (c.region == nil || p.region == nil) {
            throw CDKError(
                code: "CrossRegionReferenceUnknownRegion",
                message: "Cross stack/region references are only supported for stacks with an explicit region defined. '\(consumerElement.node.path)' in stack '\(consumer.node.path)' (\(c.assemblyString)) uses '\(targetPath)' from stack '\(producer.node.path)' (\(p.assemblyString)). \(hint)",
                path: consumerElement.node.path)
        }
        throw CDKError(
            code: "CrossEnvironmentReference",
            message: "Cannot reference across environments: '\(consumerElement.node.path)' in stack '\(consumer.node.path)' (\(c.assemblyString)) uses '\(targetPath)' from stack '\(producer.node.path)' (\(p.assemblyString)). \(hint)",
            path: consumerElement.node.path)
    }

    private static func strength(for consumer: Stack) throws -> Strength {
        guard let value = consumer.node.tryGetContext(ContextKeys.defaultCrossStackReferences) else {
            if let app = consumer.node.root as? Stage, !app.warnedAboutReferenceStrength {
                app.warnedAboutReferenceStrength = true
                Annotations.of(consumer).addWarningV2(strengthWarningID, strengthWarning)
            }
            return .strong
        }
        guard case .string(let text) = value, let strength = Strength(rawValue: text) else {
            throw CDKError("InvalidContext", "Context '\(ContextKeys.defaultCrossStackReferences)' must be \"strong\", \"weak\" or \"both\", got \(value).", at: consumer)
        }
        return strength
    }

    /// The `Exports` (or `Publish`) scope of `stack`, created on first use.
    static func scope(named name: String, in stack: Stack) throws -> Construct {
        if let existing = stack.node.tryFindChild(name) { return existing }
        return try Construct(stack, name)
    }

    /// Exports `reference` from `producer` (once per value) and returns the export's name.
    @discardableResult
    static func exportReference(_ reference: CfnReference, from producer: Stack, description: String? = nil) throws -> (exportName: String, importName: String) {
        reference.target.lockLogicalId()
        let exports = try scope(named: "Exports", in: producer)
        let resolved = try Resolver(scope: producer).resolve(.string(Token.asString(reference))) ?? .null
        let id = "Output" + JSONWriter.compact(resolved)
        let exportName = try Self.exportName(stack: producer, components: ["Exports", id])
        if exports.node.tryFindChild(id) == nil {
            let value = reference.typeHint == .stringList ? Fn.join("||", reference.toList()) : reference.toString()
            _ = try CfnOutput(exports, id, value: value, description: description, exportName: exportName)
        }
        return (exportName, Fn.importValue(exportName))
    }

    /// Publishes `reference` as a plain output of `producer` and returns the output's name.
    static func publishReference(_ reference: CfnReference, from producer: Stack) throws -> String {
        reference.target.lockLogicalId()
        let publish = try scope(named: "Publish", in: producer)
        let resolved = try Resolver(scope: producer).resolve(.string(Token.asString(reference))) ?? .null
        let id = "Output" + JSONWriter.compact(resolved)
        let output: CfnOutput
        if let existing = publish.node.tryFindChild(id) as? CfnOutput {
            output = existing
        } else {
            let value = reference.typeHint == .stringList ? Fn.join("||", reference.toList()) : reference.toString()
            output = try CfnOutput(publish, id, value: value)
        }
        return try producer.logicalIdOf(output)
    }

    /// `<stackName>:<unique id of the components>`, cut from the front to 255 characters.
    static func exportName(stack: Stack, components: [String]) throws -> String {
        let prefix = stack.stackName + ":"
        let local = try UniqueID.make(components)
        let maxLength = 255
        let keep = max(0, maxLength - prefix.count)
        return prefix + String(local.suffix(keep))
    }
}
