/// Renders a nested property type: a final class with stored properties, an initializer
/// (required properties first-class, the rest defaulting to `nil`, all in ordinal order of
/// their CloudFormation names) and `jsonValue`, which writes the set properties under their
/// CloudFormation names in that order.
enum NestedTypeRenderer {
    static func render(_ type: NestedTypeModel, core: CoreNames, _ w: inout CodeWriter) {
        w.doc(type.doc)
        w.block("public final class \(type.name): JSONValueConvertible {") { w in
            for property in type.properties {
                w.doc(property.doc)
                w.line("public var \(SwiftIdentifier.escaped(property.swiftName)): \(property.type.spelling(core))\(property.isRequired ? "" : "?")")
                w.line()
            }
            w.doc("Creates the value; the properties CloudFormation requires have no default.")
            w.line("public init(")
            w.indented { w in
                for (index, property) in type.properties.enumerated() {
                    let name = SwiftIdentifier.escaped(property.swiftName)
                    let suffix = property.isRequired ? "" : "? = nil"
                    w.line("\(name): \(property.type.spelling(core))\(suffix)\(index == type.properties.count - 1 ? "" : ",")")
                }
            }
            w.line(") {")
            w.indented { w in
                for property in type.properties {
                    w.line("self.\(property.swiftName) = \(SwiftIdentifier.escaped(property.swiftName))")
                }
            }
            w.line("}")
            w.line()
            w.block("public var jsonValue: JSONValue {") { w in
                w.line("var object = JSONObject()")
                for property in type.properties {
                    let key = SwiftLiteral.quoted(property.cloudFormationName)
                    if property.isRequired {
                        w.line("object[\(key)] = self.\(property.swiftName).jsonValue")
                    } else {
                        w.line("if let value = self.\(property.swiftName) { object[\(key)] = value.jsonValue }")
                    }
                }
                w.line("return .object(object)")
            }
        }
    }
}
