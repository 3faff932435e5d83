/// The file that declares a service's namespace enum (`public enum S3 {}`).
enum NamespaceRenderer {
    static func render(_ service: ServiceName, typeNames: [String], sourceLabel: String) -> String {
        var w = CodeWriter()
        for line in FileHeader.lines(subject: "the \(service.cloudFormationPrefix) namespace", sourceLabel: sourceLabel) { w.line(line) }
        w.line()
        w.doc("The low-level constructs of the `\(service.cloudFormationPrefix)` resource types (\(typeNames.count)), such as `\(service.namespace).\("Cfn" + ServiceName.resourceName(of: typeNames[0]))`.")
        w.line("public enum \(service.namespace) {}")
        return w.text
    }
}
