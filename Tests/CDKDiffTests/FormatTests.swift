import CDK
@testable import CDKDiff
import Testing

/// The text output, checked against the AWS CDK CLI's own `cdk diff` output for the same change.
@Suite struct FormatTests {
    /// Compute of conformance case 02, and an older version of it: one statement fewer, another
    /// function name and timeout, a retained queue and a security group that are gone, other
    /// outputs and one more parameter.
    static func computeChange() throws -> StackDiff {
        let current = try #require(AssemblyReader.read(Paths.conformance("02-cross-stack-grants")).stack(named: "Compute"))
        var old = current.template.objectValue!
        var resources = old["Resources"]!.objectValue!
        var policy = resources["WorkerServiceRoleDefaultPolicyAE71B5FA"]!.objectValue!
        var properties = policy["Properties"]!.objectValue!
        var document = properties["PolicyDocument"]!.objectValue!
        document["Statement"] = .array(Array(document["Statement"]!.arrayValue!.dropLast()))
        properties["PolicyDocument"] = .object(document)
        policy["Properties"] = .object(properties)
        resources["WorkerServiceRoleDefaultPolicyAE71B5FA"] = .object(policy)
        var function = resources["Worker11F36D0F"]!.objectValue!
        var functionProperties = function["Properties"]!.objectValue!
        functionProperties["FunctionName"] = "old-fn"
        functionProperties["Timeout"] = 30
        function["Properties"] = .object(functionProperties)
        resources["Worker11F36D0F"] = .object(function)
        resources["OldQueue"] = ["Type": "AWS::SQS::Queue", "DeletionPolicy": "Retain"]
        resources["Sg"] = ["Type": "AWS::EC2::SecurityGroup", "Properties": [
            "GroupDescription": "x",
            "SecurityGroupIngress": [["IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"]],
        ]]
        old["Resources"] = .object(resources)
        old["Outputs"] = ["Url": ["Value": "a"]]
        var parameters = old["Parameters"]!.objectValue!
        parameters["Extra"] = ["Type": "String"]
        old["Parameters"] = .object(parameters)
        return AssemblyDiffer().diff(old: AssemblyStack(id: "Compute", template: .object(old)), new: current)
    }

    @Test func matchesTheAWSCDKOutput() throws {
        let text = DiffFormatter().format(AssemblyDiff(stacks: [try Self.computeChange()]))
        // `cdk diff --app <02 expected> --template <old> Compute --no-change-set` (aws-cdk CLI 2.1146.1).
        let expected = """
            Stack Compute
            IAM Statement Changes
            ┌───┬──────────────────────────────────────────────────────────────────────┬────────┬─────────────┬───────────────────────────┬───────────┐
            │   │ Resource                                                             │ Effect │ Action      │ Principal                 │ Condition │
            ├───┼──────────────────────────────────────────────────────────────────────┼────────┼─────────────┼───────────────────────────┼───────────┤
            │ + │ {"Fn::ImportValue":"Storage:ExportsOutputRefEventsD32975C26DE279B4"} │ Allow  │ sns:Publish │ AWS:${Worker/ServiceRole} │           │
            └───┴──────────────────────────────────────────────────────────────────────┴────────┴─────────────┴───────────────────────────┴───────────┘
            Security Group Changes
            ┌───┬───────────────┬─────┬──────────┬─────────────────┐
            │   │ Group         │ Dir │ Protocol │ Peer            │
            ├───┼───────────────┼─────┼──────────┼─────────────────┤
            │ - │ ${Sg.GroupId} │ In  │ TCP 443  │ Everyone (IPv4) │
            └───┴───────────────┴─────┴──────────┴─────────────────┘
            (NOTE: There may be security-related changes not in this list. See https://github.com/aws/aws-cdk/issues/1299)

            Parameters
            [-] Parameter Extra: {"Type":"String"}

            Resources
            [-] AWS::SQS::Queue OldQueue orphan
            [-] AWS::EC2::SecurityGroup Sg destroy
            [~] AWS::IAM::Policy Worker/ServiceRole/DefaultPolicy WorkerServiceRoleDefaultPolicyAE71B5FA
             └─ [~] PolicyDocument
                 └─ [~] .Statement:
                     └─ @@ -54,5 +54,12 @@
                        [ ]         "Fn::ImportValue": "Storage:ExportsOutputFnGetAttTableCD117FA1ArnE2C8C204"
                        [ ]       }
                        [ ]     ]
                        [+]   },
                        [+]   {
                        [+]     "Action": "sns:Publish",
                        [+]     "Effect": "Allow",
                        [+]     "Resource": {
                        [+]       "Fn::ImportValue": "Storage:ExportsOutputRefEventsD32975C26DE279B4"
                        [+]     }
                        [ ]   }
                        [ ] ]
            [~] AWS::Lambda::Function Worker Worker11F36D0F replace
             ├─ [-] FunctionName (requires replacement)
             │   └─ old-fn
             └─ [~] Timeout
                 ├─ [-] 30
                 └─ [+] 10

            Outputs
            [-] Output Url: {"Value":"a"}
            [+] Output WorkerArn WorkerArn: {"Value":{"Fn::GetAtt":["Worker11F36D0F","Arn"]}}



            ✨  Number of stacks with differences: 1


            """
        #expect(text == expected)
    }

    @Test func noDifferences() throws {
        let storage = try #require(AssemblyReader.read(Paths.conformance("02-cross-stack-grants")).stack(named: "Storage"))
        let text = DiffFormatter().format(AssemblyDiff(stacks: [AssemblyDiffer().diff(old: storage, new: storage)]))
        #expect(text == "Stack Storage\nThere were no differences\n\n\n✨  Number of stacks with differences: 0\n\n")
    }

    @Test func coloursOnlyWhenAsked() throws {
        let change = try Self.computeChange()
        #expect(!DiffFormatter().format(AssemblyDiff(stacks: [change])).contains("\u{1B}["))
        let coloured = DiffFormatter(style: TextStyle(enabled: true)).format(AssemblyDiff(stacks: [change]))
        #expect(coloured.contains("\u{1B}[31m[-]\u{1B}[39m"))
        #expect(TextStyle.strip(coloured).contains("[~] AWS::Lambda::Function Worker Worker11F36D0F replace"))
    }

    @Test func jsonReport() throws {
        let report = DiffReport.json(AssemblyDiff(stacks: [try Self.computeChange()]))
        let stack = try #require(report["stacks"]?[0])
        #expect(stack["stack"] == "Compute")
        let function = try #require(stack["resources"]?.arrayValue?.first { $0["logicalId"] == "Worker11F36D0F" })
        #expect(function["impact"] == "replace")
        #expect(function["properties"]?[0]?["name"] == "FunctionName")
        #expect(function["properties"]?[0]?["reason"] == "create-only")
        #expect(stack["iamStatementChanges"]?[0]?["action"] == "sns:Publish")
        #expect(stack["securityGroupChanges"]?[0]?["change"] == "removed")
        #expect(report["numberOfStacksWithDifferences"] == 1)
    }
}
