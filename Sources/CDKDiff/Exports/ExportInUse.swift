import CDKJSON

/// An export that the previous synth had and that this one drops or changes while another
/// stack of the previous synth imports it (`Fn::ImportValue`). CloudFormation refuses to deploy
/// the producer ("Export ... cannot be deleted/updated as it is in use by ..."), so the change
/// needs two deployments.
public struct ExportInUse: Sendable, Equatable {
    /// Whether the export disappears or its value changes.
    public enum Kind: String, Sendable, Codable {
        /// The new synth no longer exports the name.
        case removed
        /// The new synth exports a different value under the name.
        case valueChanged = "value-changed"
        /// The exported value is the same expression, but the resource it comes from is
        /// replaced, so its deployed value changes.
        case replaced = "resource-replaced"
    }

    /// The export name (`Storage:ExportsOutputRefTopic...`).
    public var exportName: String
    /// The display name of the stack that exports it.
    public var producer: String
    /// The CloudFormation stack name of the producer.
    public var producerStackName: String
    /// The output that exported it.
    public var outputId: String
    /// The exported value in the previous synth.
    public var oldValue: JSONValue
    /// The display names of the stacks that import it in the previous synth.
    public var consumers: [String]
    /// The consumers that still import it in the new synth.
    public var stillImportedBy: [String]
    /// Removed, changed or replaced.
    public var kind: Kind
    /// The logical id of the replaced resource whose value the export carries (`.replaced`).
    public var replacedResource: String? = nil

    /// What goes wrong.
    public var problem: String {
        let users = consumers.joined(separator: ", ")
        switch kind {
        case .removed:
            return "\(producer) no longer exports \(exportName), which \(users) imports: CloudFormation will refuse to update \(producer) (export in use)."
        case .valueChanged:
            return "\(producer) changes the value of export \(exportName), which \(users) imports: CloudFormation will refuse to update \(producer) (export in use)."
        case .replaced:
            return "\(producer) replaces \(replacedResource ?? "a resource"), whose value export \(exportName) carries to \(users): the export's value changes, so CloudFormation will refuse to update \(producer) (export in use)."
        }
    }

    /// How to deploy the change in two steps.
    public var steps: [String] {
        let users = consumers.joined(separator: " ")
        let keep = "keep the output \(outputId) in \(producer) for now, e.g. try stack.exportValue(<the value>, name: \"\(exportName)\")"
        switch kind {
        case .removed where stillImportedBy.isEmpty:
            return [
                "Deploy the consumers first, while the export stays: \(keep), synthesize, then deploy only them (cdk deploy --exclusively \(users)).",
                "Then remove the kept export and deploy \(producer).",
            ]
        case .removed:
            return [
                "\(stillImportedBy.joined(separator: ", ")) still imports \(exportName) in the new synth, which nothing exports any more: make it stop importing, or \(keep).",
                "Deploy the consumers first (cdk deploy --exclusively \(users)), then \(producer).",
            ]
        case .valueChanged:
            return [
                "Export the new value under a new name (or stop importing it) and deploy the consumers first (cdk deploy --exclusively \(users)), while \(producer) still exports the old value.",
                "Then deploy \(producer) with the changed or removed export.",
            ]
        case .replaced:
            let resource = replacedResource ?? "the resource"
            return [
                "Make \(users) stop using the value of \(resource) (or avoid the replacement: undo the change of its create-only property) and deploy only them first: cdk deploy --exclusively \(users), while \(producer) still exports the old value (\(keep)).",
                "Then deploy \(producer), which replaces \(resource), and make \(users) use the new value again and deploy them.",
            ]
        }
    }
}
