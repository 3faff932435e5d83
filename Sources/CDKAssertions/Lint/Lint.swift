import CDK
import Foundation

/// Runs `cfn-lint` on `template` (written to a temporary file) and throws an
/// ``AssertionFailure`` listing the findings at `failOn` level or above, each with its
/// template location and construct path. Returns ``LintResult/skipped(reason:)`` when
/// `cfn-lint` is not installed (see ``CfnLint``).
///
/// - Parameters:
///   - template: The template to check.
///   - ignoreChecks: Rules to skip (`["W3005"]`).
///   - regions: Regions to check against (default: `cfn-lint`'s, `us-east-1`).
///   - failOn: The lowest level that fails (default: warnings).
///   - filePath: The test file, to find the package's pinned `cfn-lint` from.
///   - environment: Where `PWD` and `PATH` are read to find `cfn-lint`.
@discardableResult
public func lint(
    _ template: Template, ignoreChecks: [String] = [], regions: [String] = [], failOn: LintLevel = .warning,
    filePath: String = #filePath, environment: [String: String] = ProcessInfo.processInfo.environment
) throws -> LintResult {
    try lint([template], ignoreChecks: ignoreChecks, regions: regions, failOn: failOn, filePath: filePath, environment: environment)
}

/// Runs `cfn-lint` on `stack`'s template (see the `Template` version).
@discardableResult
public func lint(
    _ stack: Stack, ignoreChecks: [String] = [], regions: [String] = [], failOn: LintLevel = .warning,
    filePath: String = #filePath, environment: [String: String] = ProcessInfo.processInfo.environment
) throws -> LintResult {
    try lint(Template(stack), ignoreChecks: ignoreChecks, regions: regions, failOn: failOn, filePath: filePath, environment: environment)
}

/// Runs `cfn-lint` on the template of every stack of `assembly`, nested stages included, in one
/// run (see the `Template` version).
@discardableResult
public func lint(
    _ assembly: CloudAssembly, ignoreChecks: [String] = [], regions: [String] = [], failOn: LintLevel = .warning,
    filePath: String = #filePath, environment: [String: String] = ProcessInfo.processInfo.environment
) throws -> LintResult {
    let templates = try assembly.stacksRecursively.map { try Template($0) }
    return try lint(templates, ignoreChecks: ignoreChecks, regions: regions, failOn: failOn, filePath: filePath, environment: environment)
}

/// Runs `cfn-lint` once on all of `templates` (much faster than one run each: `cfn-lint` takes
/// about a second to start) and throws an ``AssertionFailure`` listing the findings at `failOn`
/// level or above, each with its template, location and construct path.
@discardableResult
public func lint(
    _ templates: [Template], ignoreChecks: [String] = [], regions: [String] = [], failOn: LintLevel = .warning,
    filePath: String = #filePath, environment: [String: String] = ProcessInfo.processInfo.environment
) throws -> LintResult {
    guard let executable = CfnLint.executable(filePath: filePath, environment: environment) else {
        return .skipped(reason: CfnLint.missingReason(filePath: filePath))
    }
    guard !templates.isEmpty else { return .passed(findings: []) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cdk-lint-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var templateOfFile: [String: Template] = [:]
    for (index, template) in templates.enumerated() {
        let file = folder.appendingPathComponent("template-\(index).json")
        try Data(JSONWriter.string(template.toJSON(), indent: 1).utf8).write(to: file)
        templateOfFile[file.path] = template
    }

    var arguments = ["--format", "json"]
    if !ignoreChecks.isEmpty { arguments += ["--ignore-checks"] + ignoreChecks }
    if !regions.isEmpty { arguments += ["--regions"] + regions }
    arguments += ["--"] + templateOfFile.keys.sorted()
    let run = try runProcess(executable, arguments, errorFile: folder.appendingPathComponent("stderr.txt"))

    guard case .array(let entries)? = try? JSONParser.parse(run.output.isEmpty ? "[]" : run.output),
          run.status & 1 == 0 else {
        throw AssertionFailure("cfn-lint failed (exit status \(run.status)):\n\(run.output)\(run.errors)")
    }
    // Findings are matched to templates by file name: cfn-lint may print the path it was given
    // in another form (relative, or with symbolic links resolved).
    let templateIndex = { (entry: JSONValue) -> Int? in
        if templates.count == 1 { return 0 }
        guard let name = entry["Filename"]?.stringValue.map({ URL(fileURLWithPath: $0).lastPathComponent }),
              name.hasPrefix("template-"), name.hasSuffix(".json"), let index = Int(name.dropFirst(9).dropLast(5)),
              templates.indices.contains(index) else { return nil }
        return index
    }
    let unmatched = entries.filter { templateIndex($0) == nil }
    if !unmatched.isEmpty {
        let files = Set(unmatched.map { $0["Filename"]?.stringValue ?? "no file name" }).sorted()
        throw AssertionFailure("cfn-lint reported \(problems(unmatched.count)) for files it was not given (\(files.joined(separator: ", "))); "
            + "it was given \(templates.count) templates in \(folder.path). Check the cfn-lint installation (Scripts/install-test-tools).")
    }
    var failingByTemplate: [(subject: String, findings: [LintFinding])] = []
    var allFindings: [LintFinding] = []
    for (index, template) in templates.enumerated() {
        let findings = entries.filter { templateIndex($0) == index }
            .map { finding(from: $0, in: template) }
        allFindings += findings
        let failing = findings.filter { $0.level >= failOn }
        if !failing.isEmpty {
            let subject = template.stackArtifact.map { "the template of stack \($0.displayName)" }
                ?? (templates.count == 1 ? "the template" : "template \(index + 1) of \(templates.count)")
            failingByTemplate.append((subject, failing))
        }
    }
    if failingByTemplate.count == 1, let only = failingByTemplate.first {
        throw AssertionFailure("cfn-lint found \(problems(only.findings.count)) in \(only.subject):\n"
            + only.findings.map { "  \($0)" }.joined(separator: "\n"))
    }
    if !failingByTemplate.isEmpty {
        let count = failingByTemplate.reduce(0) { $0 + $1.findings.count }
        throw AssertionFailure("cfn-lint found \(problems(count)) in \(failingByTemplate.count) templates:\n" + failingByTemplate.map { entry in
            "  in \(entry.subject):\n" + entry.findings.map { "    \($0)" }.joined(separator: "\n")
        }.joined(separator: "\n"))
    }
    return .passed(findings: allFindings)
}

/// `1 problem`, `3 problems`.
private func problems(_ count: Int) -> String { count == 1 ? "1 problem" : "\(count) problems" }

/// One entry of `cfn-lint`'s JSON output, with the construct path of the resource it is about.
private func finding(from entry: JSONValue, in template: Template) -> LintFinding {
    let location = entry["Location"]?["Path"]?.arrayValue?.map { JavaScript.string($0) } ?? []
    let constructPath = location.count >= 2 && location[0] == "Resources" ? template.path(ofLogicalId: location[1]) : nil
    return LintFinding(rule: entry["Rule"]?["Id"]?.stringValue ?? "?", level: LintLevel(word: entry["Level"]?.stringValue ?? ""),
                       message: entry["Message"]?.stringValue ?? JSONWriter.compact(entry), location: location,
                       constructPath: constructPath)
}

/// Runs `executable` and returns its exit status, standard output and standard error.
private func runProcess(_ executable: URL, _ arguments: [String], errorFile: URL) throws -> (status: Int32, output: String, errors: String) {
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    defer { try? errorHandle.close() }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = errorHandle
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    return (process.terminationStatus, String(decoding: data, as: UTF8.self), errors)
}
