/// A stack's `Resources` section, merged and written as text in the background as soon as the
/// stack's elements are rendered, while the next stacks render; with the SHA-256 state of the
/// template's first bytes when `Resources` comes first.
///
/// The stack's template uses it when nothing changed the section in the meantime: the same
/// elements come first with the same fragments and logical ids, and the elements added since
/// (exports for other stacks, the bootstrap version parameter and rule) have no resources.
final class ResourcesWrittenAhead {
    /// The text a template starts with when `Resources` is its first member, up to the end of
    /// that member's value.
    struct Text: Sendable {
        /// `{`, the member's name and the value's text.
        let bytes: [UInt8]
        /// Where the value's text starts in `bytes`.
        let valueStart: Int
        /// The hash state after the whole 64-byte blocks of `bytes`.
        let hashed: SHA256.Prefix

        /// The text of the section's value.
        var value: ArraySlice<UInt8> { bytes[valueStart...] }
    }

    /// How ``JSONWriter`` starts a template (indent 1) whose first member is `Resources`. A
    /// template is compared with it byte for byte before the hash state is reused.
    private static let start = Array("{\n \"Resources\": ".utf8)

    /// The elements merged, in tree order.
    private let elements: [CfnElement]
    /// The template's members before any element (description, transforms, metadata).
    private let header: JSONObject
    /// The merge after those elements.
    let merge: TemplateMerge
    private let resourceCount: Int
    private let generation: Int
    /// The text, being written in the background.
    let text: BackgroundValue<Text>

    /// Merges the fragments `elements` (all of `stack`'s elements, rendered) were prepared
    /// with and starts writing their resources. `nil` when an element has no prepared
    /// fragment (it renders only with the template), the merge fails (the template reports
    /// it) or there are no resources.
    static func start(for stack: Stack, elements: [CfnElement]) -> ResourcesWrittenAhead? {
        let header = stack.templateHeader()
        var merge = TemplateMerge(header)
        for element in elements {
            guard let fragment = element.synthesisCache.preparedFragment, element.synthesisCache.preparedGeneration == stack.synthesisCache.logicalIdGeneration,
                  (try? merge.merge(fragment, element: element)) != nil
            else { return nil }
        }
        guard let resources = merge.section("Resources") else { return nil }
        let text = BackgroundValue { () -> Text in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(TemplateLimits.maxTemplateBytes)
            bytes.append(contentsOf: start)
            JSONWriter.write(.object(resources), indent: 1, level: 1, into: &bytes)
            let hashed = bytes.withUnsafeBufferPointer { SHA256.prefix(of: $0) }
            return Text(bytes: bytes, valueStart: start.count, hashed: hashed)
        }
        return ResourcesWrittenAhead(elements: elements, header: header, merge: merge, resourceCount: resources.count,
                                     generation: stack.synthesisCache.logicalIdGeneration, text: text)
    }

    private init(elements: [CfnElement], header: JSONObject, merge: TemplateMerge, resourceCount: Int, generation: Int,
                 text: BackgroundValue<Text>) {
        self.elements = elements
        self.header = header
        self.merge = merge
        self.resourceCount = resourceCount
        self.generation = generation
        self.text = text
    }

    /// How many of the stack's elements the merge holds.
    var elementCount: Int { elements.count }

    /// Whether the merge still holds what the template would: `elements` (the stack's
    /// elements now) start with the merged ones, whose fragments and logical ids are unchanged.
    func isCurrent(header: JSONObject, elements current: [CfnElement], generation: Int) -> Bool {
        guard generation == self.generation, current.count >= elements.count, header == self.header else { return false }
        for (merged, element) in zip(elements, current) {
            guard merged === element, element.synthesisCache.preparedFragment != nil, element.synthesisCache.preparedGeneration == generation else { return false }
        }
        return true
    }

    /// Whether a merge continued from this one still has exactly these resources (merges only
    /// add entries, so an unchanged count means nothing was added).
    func hasSameResources(as finished: TemplateMerge) -> Bool {
        finished.section("Resources")?.count == resourceCount
    }

    /// Writes `template` (indent 1) with the section's text taken from `ahead`, and returns
    /// the text and its SHA-256, resumed from `ahead`'s hash when the template starts with it.
    static func write(_ template: JSONObject, ahead: Text?) -> (text: String, sha256: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(TemplateLimits.maxTemplateBytes)
        JSONWriter.write(template, indent: 1, level: 0, prewritten: ahead.map { ["Resources": $0.value] } ?? [:], into: &bytes)
        let sha256 = bytes.withUnsafeBufferPointer { written in
            guard let ahead, ahead.bytes.withUnsafeBufferPointer({ ByteSearch.hasPrefix(written, UnsafeBufferPointer(rebasing: $0[..<ahead.hashed.length])) })
            else { return SHA256.hex(written) }
            return SHA256.hex(of: written, resuming: ahead.hashed)
        }
        return (String(decoding: bytes, as: UTF8.self), sha256)
    }
}
