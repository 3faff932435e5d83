import CDK
import Foundation

/// Synthesizes the Swift port of one conformance case into a folder:
///
///     ConformancePorts <case> <outdir>
///     ConformancePorts --list
let ports: [String: (String) throws -> Void] = [
    "01-bucket": SecureBucket.synthesize,
    "02-cross-stack-grants": CrossStackGrants.synthesize,
    "03-events-alarms-queues": EventsAlarmsQueues.synthesize,
    "04-l1-intrinsics": L1Intrinsics.synthesize,
    "05-tags-aspects-removal": TagsAspectsRemoval.synthesize,
    "06-stages-envs": StagesEnvs.synthesize,
    "07-vpc-networking": VpcNetworking.synthesize,
    "10-codedeploy-lambda": CodeDeployLambda.synthesize,
    "13-aurora-secrets": AuroraSecrets.synthesize,
]

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "--list" {
    print(ports.keys.sorted().joined(separator: "\n"))
    exit(0)
}
guard arguments.count == 2, let port = ports[arguments[arguments.startIndex]] else {
    FileHandle.standardError.write(Data("usage: ConformancePorts <case> <outdir> | --list\ncases: \(ports.keys.sorted().joined(separator: ", "))\n".utf8))
    exit(2)
}
do {
    try port(arguments[arguments.index(after: arguments.startIndex)])
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
