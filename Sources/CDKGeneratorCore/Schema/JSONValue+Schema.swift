import CDKJSON

extension JSONValue {
    /// The strings of an array of strings (other elements are skipped); empty otherwise: how
    /// schemas list `required`, `type` alternatives and JSON pointers.
    var stringArray: [String] {
        arrayValue?.compactMap(\.stringValue) ?? []
    }
}
