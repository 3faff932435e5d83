extension Stack {
    /// The element of this stack whose logical id is `logicalId`, if any (for error messages:
    /// it computes the id of every element).
    func element(withLogicalId logicalId: String) -> CfnElement? {
        cfnElements.first { (try? logicalIdOf($0)) == logicalId }
    }
}
