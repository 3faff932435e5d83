import CDKJSON

/// The machine-readable form of an ``AssemblyDiff`` (what `swift-cdk diff --json` prints).
public enum DiffReport {
    /// The report as a JSON value: stacks with their changes, exports in use, and the count.
    public static func json(_ diff: AssemblyDiff) -> JSONValue {
        [
            "stacks": .array(diff.stacks.map(stack)),
            "exportsInUse": .array(diff.exportsInUse.map(export)),
            "numberOfStacksWithDifferences": .number(Double(diff.numberOfStacksWithDifferences)),
        ]
    }

    private static func stack(_ stack: StackDiff) -> JSONValue {
        let diff = stack.diff
        let tables = SecurityTables(diff: diff)
        func rows(_ table: [[String]], _ keys: [String]) -> JSONValue {
            .array(table.dropFirst().map { row in
                .object(JSONObject(zip(["change"] + keys, row).map { key, cell in
                    (key, key == "change" ? .string(cell == "+" ? "added" : "removed") : .string(cell))
                }))
            })
        }
        var object: JSONObject = [
            "stack": .string(stack.displayName),
            "stackName": .string(stack.stackName),
            "status": .string(stack.status.rawValue),
            "hasDifferences": .bool(stack.hasDifferences),
            "impact": .string(diff.worstImpact.rawValue),
        ]
        object["template"] = entries(diff.templateChanges)
        object["parameters"] = entries(diff.parameters)
        object["metadata"] = entries(diff.metadata)
        object["mappings"] = entries(diff.mappings)
        object["conditions"] = entries(diff.conditions)
        object["resources"] = .array(diff.resources.map { resource($0, diff) })
        object["outputs"] = entries(diff.outputs)
        object["otherSections"] = entries(diff.otherSections)
        object["iamStatementChanges"] = rows(tables.statements, ["resource", "effect", "action", "principal", "condition"])
        object["iamPolicyChanges"] = rows(tables.managedPolicies, ["resource", "managedPolicyArn"])
        object["securityGroupChanges"] = rows(tables.securityGroups, ["group", "direction", "protocol", "peer"])
        object["probableRenames"] = .array(diff.probableRenames.map(rename))
        return .object(object)
    }

    private static func entries(_ changes: [EntryChange]) -> JSONValue {
        .array(changes.map { change in
            var object: JSONObject = ["id": .string(change.id), "change": .string(change.kind.rawValue)]
            object["old"] = change.old
            object["new"] = change.new
            return .object(object)
        })
    }

    private static func resource(_ change: ResourceChange, _ diff: TemplateDiff) -> JSONValue {
        var object: JSONObject = [
            "logicalId": .string(change.logicalId),
            "type": .string(change.type),
            "change": .string(change.kind.rawValue),
            "impact": .string(change.impact.rawValue),
        ]
        object["path"] = diff.constructPaths[change.logicalId].map(JSONValue.string)
        if change.typeChanged {
            object["oldType"] = change.oldType.map(JSONValue.string)
        }
        object["properties"] = .array(change.changes.filter(\.isProperty).map(property))
        object["attributes"] = .array(change.changes.filter { !$0.isProperty }.map(property))
        return .object(object)
    }

    private static func property(_ change: PropertyChange) -> JSONValue {
        var object: JSONObject = [
            "name": .string(change.name), "change": .string(change.kind.rawValue), "impact": .string(change.impact.rawValue),
        ]
        object["reason"] = change.reason.map(JSONValue.string)
        object["old"] = change.old
        object["new"] = change.new
        return .object(object)
    }

    private static func rename(_ rename: ProbableRename) -> JSONValue {
        var object: JSONObject = [
            "type": .string(rename.type), "oldLogicalId": .string(rename.oldLogicalId), "newLogicalId": .string(rename.newLogicalId),
            "impact": .string(rename.impact.rawValue), "stateful": .bool(rename.isStateful),
        ]
        object["oldPath"] = rename.oldPath.map(JSONValue.string)
        object["newPath"] = rename.newPath.map(JSONValue.string)
        object["explicitNames"] = .array(rename.explicitNames.map(JSONValue.string))
        object["suggestion"] = .string(rename.suggestion)
        return .object(object)
    }

    private static func export(_ export: ExportInUse) -> JSONValue {
        var object: JSONObject = [
            "exportName": .string(export.exportName), "kind": .string(export.kind.rawValue),
            "producer": .string(export.producer), "producerStackName": .string(export.producerStackName),
            "outputId": .string(export.outputId), "consumers": .array(export.consumers.map(JSONValue.string)),
            "stillImportedBy": .array(export.stillImportedBy.map(JSONValue.string)),
        ]
        if let resource = export.replacedResource { object["replacedResource"] = .string(resource) }
        object["problem"] = .string(export.problem)
        object["steps"] = .array(export.steps.map(JSONValue.string))
        return .object(object)
    }
}
