/// Errors, warnings and notes attached to a construct. They are written to the cloud
/// assembly with the construct's path; the CLI prints them and fails on errors. They do not
/// stop `synth()` (use `node.addValidation(_:)` for that).
///
/// ```swift
/// Annotations.of(bucket).addWarningV2("my-lib:public-bucket", "This bucket is public")
/// Annotations.of(stack).acknowledgeWarning("my-lib:public-bucket", "Intended: static website")
/// ```
public struct Annotations {
    /// The construct the annotations are attached to.
    public let scope: Construct

    /// The annotations API of `scope`.
    public static func of(_ scope: Construct) -> Annotations { Annotations(scope: scope) }

    /// Metadata types of annotations.
    public enum Level: String, Sendable {
        /// `aws:cdk:error`
        case error = "aws:cdk:error"
        /// `aws:cdk:warning`
        case warning = "aws:cdk:warning"
        /// `aws:cdk:info`
        case info = "aws:cdk:info"
    }

    /// Adds an error: the CLI refuses to deploy an assembly that has one.
    public func addError(_ message: String) {
        scope.node.addMetadata(Level.error.rawValue, .string(message))
    }

    /// Adds a warning.
    public func addWarning(_ message: String) {
        scope.node.addMetadata(Level.warning.rawValue, .string(message))
    }

    /// Adds a warning with an id, which can be acknowledged with ``acknowledgeWarning(_:_:)``
    /// on this construct or any construct above it. The message gets ` [ack: <id>]` appended.
    public func addWarningV2(_ id: String, _ message: String) {
        if isAcknowledged(id) { return }
        scope.node.addMetadata(Level.warning.rawValue, .string("\(message) [ack: \(id)]"))
    }

    /// Adds an informational message.
    public func addInfo(_ message: String) {
        scope.node.addMetadata(Level.info.rawValue, .string(message))
    }

    /// Acknowledges the warning `id` on this construct and everything below it: existing
    /// instances are removed and new ones are not added.
    public func acknowledgeWarning(_ id: String, _ message: String? = nil) {
        scope.acknowledgedWarnings.insert(id)
        let suffix = " [ack: \(id)]"
        for construct in scope.node.findAll() {
            construct.metadata.removeAll {
                $0.type == Level.warning.rawValue && ($0.data.stringValue?.hasSuffix(suffix) ?? false)
            }
        }
    }

    private func isAcknowledged(_ id: String) -> Bool {
        scope.node.scopes.contains { $0.acknowledgedWarnings.contains(id) }
    }
}
