/// What synthesis keeps from one computation for a later one. Every cache of the pipeline is
/// declared in this file, with the rule that keeps it correct; the stack, element or reference
/// it belongs to holds it as one stored property, `synthesisCache`.
///
/// **Logical ids.** A stack's ``StackSynthesisCache/logicalIdGeneration`` counts the changes
/// that can change a logical id in it: an override (``CfnElement/overrideLogicalId(_:)``) or a
/// rename (``Stack/renameLogicalId(_:_:)``) increments it. An element's allocated id and a
/// reference's plain `Ref` / `Fn::GetAtt` are valid only in the generation they were made in.
/// (An id depends on nothing else: the element's path below its stack is fixed once it exists.)
///
/// **Renderings.** Finding references (step 3 of ``Synthesis``) renders every element; the
/// fragment is kept for its template (step 6) only when nothing in between can change it:
/// - it holds no uncached lazy value and is not a nested stack's resource (those render anew);
/// - its stack's synthesizer is one of the library's own, whose `prepare` only adds elements
///   (a custom synthesizer may change any construct in `prepare`: its stacks render anew);
/// - its stack's logical-id generation is still the one it was rendered in;
/// - validations do not change the tree (as in the AWS CDK, they only report).
/// Elements added after step 3 (exports, the bootstrap version parameter and rule) have no
/// fragment and are rendered with the template. A fragment stays until the element is rendered
/// again: every synthesis renders every element in step 3 before a template takes a fragment,
/// so one left from an earlier synthesis is never used. (Releasing them all once the
/// templates are assembled touched every element's fragment again: about 2% of the 10x40
/// benchmark's time.)
///
/// **Resources written ahead.** Once a stack's last element is rendered in step 3, its
/// `Resources` section is written as text in the background (``ResourcesWrittenAhead``). The
/// template takes that text only when its elements start with the same elements, all with
/// their kept fragments, and it has exactly the same resources.
///
/// Nothing else is kept between the steps. The imports made in step 3 are that step's result,
/// not a cache: each ``CfnReference`` records its value in each stack that imports it.
struct StackSynthesisCache {
    /// Incremented by every change that can change a logical id in the stack.
    var logicalIdGeneration = 0
    /// The `Resources` section, written while the next stacks rendered (taken once).
    var resourcesWrittenAhead: ResourcesWrittenAhead?

    /// Whether the elements of `stack` may keep the fragments rendered while references were
    /// found: its synthesizer is one of the library's own.
    static func keepsRenderings(of stack: Stack) -> Bool {
        let synthesizer = stack.synthesizer
        return synthesizer is DefaultStackSynthesizer || synthesizer is BootstraplessSynthesizer || synthesizer is NestedStackSynthesizer
    }
}

/// What synthesis keeps of one element (see ``StackSynthesisCache`` for the rules).
struct ElementSynthesisCache {
    /// The id the element's stack allocated, with the stack's logical-id generation then.
    var logicalId: (generation: Int, id: String)?
    /// The fragment rendered while references were found, when it may be kept.
    var preparedFragment: JSONObject?
    /// The stack's logical-id generation when the fragment was rendered.
    var preparedGeneration = 0
}

/// What synthesis keeps of one reference (see ``StackSynthesisCache`` for the rules).
struct ReferenceSynthesisCache {
    /// The plain `Ref` / `Fn::GetAtt`, with the target stack's logical-id generation then.
    var plain: (generation: Int, value: JSONValue)?
}
