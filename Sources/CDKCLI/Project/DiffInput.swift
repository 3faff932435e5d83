import CDK
import CDKDiff
import Foundation
import Yams

/// One side of a diff given as a path: a cloud assembly folder, or a template file (JSON or
/// YAML, short-form intrinsics such as `!Ref` included).
enum DiffInput {
    /// A cloud assembly.
    case assembly(Assembly)
    /// A template, with a name for its stack (the file name).
    case template(JSONValue, name: String)

    /// Reads `path`.
    static func load(_ path: String) throws -> DiffInput {
        if AssemblyReader.isAssembly(path) { return .assembly(try AssemblyLoader.read(path)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path) does not exist: name a cloud assembly folder (with a manifest.json) or a template file.")
        }
        guard !isDirectory.boolValue else {
            throw CLIError("\(path) is a folder without a manifest.json, not a cloud assembly: synthesize into it first, or name a template file.")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.replacingOccurrences(of: ".template", with: "")
        if let json = try? JSONParser.parse(text) { return .template(json, name: name) }
        do {
            guard let node = try Yams.compose(yaml: text) else { throw CLIError("\(path) is empty.") }
            return .template(TemplateYAML.json(node), name: name)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(path) is neither a cloud assembly nor a JSON or YAML template: \(error)")
        }
    }

    /// This side as an assembly; a template becomes the one stack `target` (or a stack named
    /// after the file).
    func assembly(matching target: AssemblyStack?) -> Assembly {
        switch self {
        case .assembly(let assembly):
            return assembly
        case .template(let template, let name):
            guard let target else { return Assembly(stacks: [AssemblyStack(id: name, template: template)]) }
            return Assembly(stacks: [AssemblyStack(
                id: target.id, stackName: target.stackName, displayName: target.displayName,
                environment: target.environment, template: template)])
        }
    }
}
