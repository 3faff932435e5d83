/// The checks of a stack's environment and name made when the stack is created: CloudFormation
/// and the CLI would only refuse them at deployment.
enum EnvironmentCheck {
    /// What is wrong with `environment`, or `nil`. Tokens (a value known only at deployment)
    /// pass.
    static func problem(_ environment: Environment) -> String? {
        if let account = environment.account, !Token.isUnresolved(account), !isAccountId(account) {
            return "The account '\(account)' is not an AWS account id: an account id is 12 digits, such as '123456789012'. Leave the account out for an environment-agnostic stack."
        }
        if let region = environment.region, !Token.isUnresolved(region), !isRegionName(region) {
            return "The region '\(region)' is not a region name such as 'us-east-1' or 'eu-west-1' (lowercase words and a number, joined by hyphens). Leave the region out for an environment-agnostic stack."
        }
        return nil
    }

    /// Exactly 12 ASCII digits.
    static func isAccountId(_ account: String) -> Bool {
        account.utf8.count == 12 && account.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Lowercase ASCII words joined by hyphens, ending with a number: `us-east-1`,
    /// `us-gov-west-1`, `cn-north-1`, `eusc-de-east-1`.
    static func isRegionName(_ region: String) -> Bool {
        let parts = region.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, !last.isEmpty, last.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        return parts.dropLast().allSatisfy { part in !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) } }
    }
}

/// The stack names in use in one app, by environment: two stacks with one name in one
/// environment would deploy over each other.
final class StackNameRegistry {
    private var stacks: [String: Stack] = [:]

    /// Records `stack`, or throws when another stack of the app has its name in its environment.
    func register(_ stack: Stack) throws {
        if stack.isNested || Token.isUnresolved(stack.stackName) { return }
        let key = stack.environment.assemblyString + " " + stack.stackName
        if let existing = stacks[key], existing !== stack {
            throw CDKError(
                "DuplicateStackName",
                "There is already a stack named '\(stack.stackName)' in environment \(stack.environment.assemblyString): '\(existing.node.path)'. Two stacks with one name in one environment would replace each other at deployment; give one of them another stackName or environment.",
                at: stack)
        }
        stacks[key] = stack
    }
}

/// The export names of one app's outputs, by environment: CloudFormation refuses a second
/// export of a name in an account and region.
final class ExportNameRegistry {
    private var outputs: [String: CfnOutput] = [:]

    /// Records the export `name` of `output`, or throws when another output of the app exports
    /// that name in its environment. Names that are tokens pass.
    func register(_ name: String, of output: CfnOutput) throws {
        if Token.isUnresolved(name) { return }
        let environment = output.stack.environment.assemblyString
        let key = environment + " " + name
        if let existing = outputs[key], existing !== output {
            throw CDKError(
                "DuplicateExportName",
                "The export name '\(name)' is already used by '\(existing.node.path)' in environment \(environment); CloudFormation allows one export of a name per account and region. Give one of the outputs another exportName.",
                at: output)
        }
        outputs[key] = output
    }
}
