import CDKGeneratorCore
import Foundation

// cdk-gen: generates the low-level layer (one typed construct per CloudFormation resource type)
// from registry schemas. Scripts/update-resource-types runs it over cfn-lint's schemas.

let usage = """
    usage: cdk-gen --schemas DIR [--region us-east-1] [--source-label TEXT]
                   --output SERVICES_DIR [--summary FILE] [--package-manifest Package.swift]

      --schemas           a cfn-lint data/schemas folder (read through providers/<region>.py)
                          or a folder of *.json registry schemas
      --region            the cfn-lint provider index to read (default us-east-1)
      --source-label      where the schemas come from, written into every file header
      --output            the folder of service modules (Sources/Services)
      --summary           where to write resource-types.json (default OUTPUT/ResourceTypes/resource-types.json)
      --package-manifest  Package.swift whose list of service modules to update (between its
                          GENERATED SERVICE MODULES marker lines)
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cdk-gen: \(message)\n".utf8))
    exit(1)
}

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--help" || argument == "-h" { print(usage); exit(0) }
    guard argument.hasPrefix("--"), let value = arguments.popFirst() else { fail("unexpected argument \(argument)\n\(usage)") }
    options[String(argument.dropFirst(2))] = value
}
let known: Set<String> = ["schemas", "region", "source-label", "output", "summary", "package-manifest"]
if let unknown = options.keys.sorted().first(where: { !known.contains($0) }) { fail("unknown option --\(unknown)\n\(usage)") }
guard let schemasPath = options["schemas"], let output = options["output"] else { fail(usage) }

do {
    let schemas = try SchemaSource.load(path: schemasPath, region: options["region"] ?? "us-east-1")
    let label = options["source-label"] ?? "registry schemas in \((schemasPath as NSString).lastPathComponent)"
    let result = Generator(schemas: schemas, sourceLabel: label).generate()
    let summary = options["summary"] ?? output + "/ResourceTypes/resource-types.json"
    let report = try OutputWriter.write(result, servicesDirectory: output, summaryPath: summary)
    if let manifestPath = options["package-manifest"] {
        let manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
        let updated = try PackageManifestUpdater.update(manifest, services: result.services)
        _ = try OutputWriter.writeIfChanged(updated, to: manifestPath)
    }
    print("cdk-gen: \(schemas.count) resource types in \(result.services.count) modules; \(report.written) files written, \(report.unchanged) unchanged, \(report.removed) removed")
} catch {
    fail("\(error)")
}
