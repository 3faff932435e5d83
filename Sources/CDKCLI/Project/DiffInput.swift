import CDKJSON
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
        let template: JSONValue
        if let json = try? JSONParser.parse(text) {
            template = json
        } else {
            do {
                guard let node = try Yams.compose(yaml: text) else { throw CLIError("\(path) is empty.") }
                template = TemplateYAML.json(node)
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("\(path) is neither a cloud assembly nor a JSON or YAML template: \(String(describing: error).prefix(300))")
            }
        }
        do {
            try JSONShape.checkTemplate(template, in: path)
        } catch let error as AssemblyError {
            throw CLIError(error.message)
        }
        return .template(template, name: name)
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
