import Dispatch

/// A template's file text and SHA-256, computed on a background queue: serializing and hashing
/// one stack's template (a third of synthesis) overlaps with rendering the next one.
final class TemplateText: @unchecked Sendable {
    // Written once on `queue` before `done` is signalled, read only after waiting for `done`.
    private var text = ""
    private var sha256 = ""
    private let done = DispatchSemaphore(value: 0)

    // Concurrent: when the main thread waits for the last templates, they are written side by side.
    private static let queue = DispatchQueue(label: "swift-cdk.template-text", attributes: .concurrent)

    /// Starts writing `template` as the AWS CDK formats template files (one-space indent).
    init(of template: JSONObject) {
        Self.queue.async {
            self.text = JSONWriter.string(.object(template), indent: 1)
            self.sha256 = SHA256.hex(self.text.utf8)
            self.done.signal()
        }
    }

    /// The text and its hash, waiting for them if they are not ready yet.
    func result() -> (text: String, sha256: String) {
        done.wait()
        defer { done.signal() }
        return (text, sha256)
    }
}
