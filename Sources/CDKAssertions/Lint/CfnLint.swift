import Foundation

/// Finds `cfn-lint`, the CloudFormation linter that ``lint(_:ignoreChecks:regions:failOn:filePath:environment:)-(Template,_,_,_,_,_)``
/// runs.
///
/// It looks for `.venv-tools/bin/cfn-lint` in the package that holds the test file (found by
/// walking up from `#filePath` to `Package.swift`), then in the package that holds the current
/// directory (`PWD` from `environment`, else the process's), then for `cfn-lint` on `PATH`. `Scripts/install-test-tools` installs the pinned
/// version into `.venv-tools/`.
///
/// ```swift
/// @Test(.enabled(if: CfnLint.isAvailable())) func templateIsValid() throws { try lint(stack) }
/// ```
public enum CfnLint {
    /// The version the project pins.
    public static let pinnedVersion = "1.51.0"

    /// The `cfn-lint` executable, if one is found.
    public static func executable(
        filePath: String = #filePath, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        let fm = FileManager.default
        for start in [filePath, environment["PWD"] ?? fm.currentDirectoryPath] {
            if let root = PackageRoot.containing(start) {
                let candidate = root.appendingPathComponent(".venv-tools/bin/cfn-lint")
                if fm.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("cfn-lint")
            if fm.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Whether `cfn-lint` is found (for `.enabled(if:)` in Swift Testing).
    public static func isAvailable(
        filePath: String = #filePath, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        executable(filePath: filePath, environment: environment) != nil
    }

    /// Why linting is skipped when `cfn-lint` is not found.
    static func missingReason(filePath: String) -> String {
        let root = PackageRoot.containing(filePath)?.path ?? "the package"
        return "cfn-lint is not installed: looked for .venv-tools/bin/cfn-lint under \(root) and for cfn-lint on PATH. "
            + "Run Scripts/install-test-tools to install cfn-lint \(pinnedVersion)."
    }
}
