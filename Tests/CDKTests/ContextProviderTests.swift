import CDK
import Testing

/// The missing-context protocol (the AWS CDK's `ContextProvider` and
/// `Stack.reportMissingContextKey`): keys as the AWS CDK makes them, values read from the
/// context, missing ones listed in the manifest with the dummy value standing in.
@Suite struct ContextProviderTests {
    static let env = Environment(account: "123456789012", region: "eu-west-1")

    private func stack(context: [String: JSONValue] = [:], synthesizer: (any StackSynthesizer)? = nil) throws -> (App, Stack) {
        let app = try App(context: context, environment: [:])
        return (app, try Stack(app, "S", env: Self.env, synthesizer: synthesizer))
    }

    @Test func keyStartsWithTheProviderAndTheStacksEnvironment() throws {
        let (_, stack) = try stack()
        let (key, props) = try ContextProvider.getKey(stack, provider: "availability-zones")
        #expect(key == "availability-zones:account=123456789012:region=eu-west-1")
        #expect(props == ["account": "123456789012", "region": "eu-west-1"])
        #expect(try ContextProvider.getKey(stack, provider: "p", props: ["x": "1"], includeEnvironment: false).key == "p:x=1")
    }

    @Test func keySortsPairsFlattensObjectsAndQuotesColons() throws {
        let (_, stack) = try stack()
        let props: JSONObject = [
            "zeta": "a:b", "filter": ["tag:Name": "shared", "isDefault": "true"], "flag": true, "count": 3,
            "list": ["x", "y"], "dollar": "$x", "nothing": nil,
        ]
        let key = try ContextProvider.getKey(stack, provider: "vpc-provider", props: props).key
        // JavaScript's `'$'.replace(/\$/g, '$$')` writes one `$`, so only colons are quoted.
        #expect(key == "vpc-provider:account=123456789012:count=3:dollar=$x:filter.isDefault=true:filter.tag:Name=shared:flag=true:list.0=x:list.1=y:region=eu-west-1:zeta=a$:b")
    }

    @Test func givenPropsOverrideTheEnvironmentInPlace() throws {
        let (_, stack) = try stack()
        let (key, props) = try ContextProvider.getKey(stack, provider: "vpc-provider", props: ["region": "us-west-2", "filter": [:]])
        #expect(key == "vpc-provider:account=123456789012:region=us-west-2")
        #expect(props.keys == ["account", "region", "filter"])
    }

    @Test func unresolvedPropsCannotMakeAKey() throws {
        let (_, stack) = try stack()
        #expect { try ContextProvider.getKey(stack, provider: "ssm", props: ["parameterName": .string(Aws.region)]) } throws: { error in
            (error as? CDKError)?.message.contains("Cannot determine scope for context provider ssm") == true
        }
    }

    @Test func environmentAgnosticStacksCannotLookUp() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Agnostic")
        #expect { try ContextProvider.getValue(stack, provider: "ssm", dummyValue: "x") } throws: { error in
            let error = error as? CDKError
            return error?.path == "Agnostic" && error?.message.contains("account/region are not specified at the stack level") == true
        }
    }

    @Test func valueInTheContextIsReturnedAndNothingIsMissing() throws {
        let (app, stack) = try stack(context: ["ssm:account=123456789012:parameterName=/p:region=eu-west-1": "found"])
        let value = try ContextProvider.getValue(stack, provider: "ssm", props: ["parameterName": "/p"], dummyValue: "dummy")
        #expect(value == "found")
        #expect(stack.missingContext.isEmpty)
        let assembly = try app.synth()
        #expect(assembly.manifest["missing"] == nil)
        #expect(assembly.missingContext.isEmpty)
    }

    @Test func missingValueIsReportedWithTheDummyAndTheLookupRole() throws {
        let (app, stack) = try stack()
        let value = try ContextProvider.getValue(stack, provider: "ssm", props: ["parameterName": "/p"], dummyValue: "dummy",
                                                 ignoreFailedLookup: true)
        #expect(value == "dummy")
        let assembly = try app.synth()
        let expected: JSONValue = [[
            "key": "ssm:account=123456789012:parameterName=/p:region=eu-west-1",
            "provider": "ssm",
            "props": [
                "dummyValue": "dummy", "ignoreErrorOnMissingContext": true, "account": "123456789012", "region": "eu-west-1",
                "parameterName": "/p",
                "lookupRoleArn": "arn:${AWS::Partition}:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-eu-west-1",
            ],
        ]]
        #expect(assembly.manifest["missing"] == expected)
        #expect(assembly.manifest.objectValue?.keys == ["version", "artifacts", "missing", "minimumCliVersion"])
        let props = try #require(assembly.missingContext.first?.props)
        #expect(props.keys == ["dummyValue", "ignoreErrorOnMissingContext", "account", "region", "parameterName", "lookupRoleArn"])
    }

    @Test func synthesizersWithoutLookupRoleReportNoRole() throws {
        let (app, stack) = try stack(synthesizer: BootstraplessSynthesizer())
        _ = try ContextProvider.getValue(stack, provider: "availability-zones", dummyValue: ["a"])
        let props = try #require(try app.synth().missingContext.first?.props)
        #expect(props["lookupRoleArn"] == nil)
        #expect(props["dummyValue"] == ["a"])
    }

    @Test func eachKeyIsListedOnceAcrossStacksAndStages() throws {
        let app = try App(environment: [:])
        let first = try Stack(app, "First", env: Self.env)
        let second = try Stack(app, "Second", env: Self.env)
        let stage = try Stage(app, "Prod")
        let inStage = try Stack(stage, "Inner", env: Environment(account: "123456789012", region: "us-east-2"))
        for stack in [first, first, second, inStage] {
            _ = try ContextProvider.getValue(stack, provider: "availability-zones", dummyValue: nil)
        }
        let assembly = try app.synth()
        // The stage's value first: stages synthesize before the app's own stacks.
        #expect(assembly.missingContext.map(\.key) == ["availability-zones:account=123456789012:region=us-east-2",
                                                       "availability-zones:account=123456789012:region=eu-west-1"])
        #expect(assembly.nestedAssemblies.first?.missingContext.map(\.key) == ["availability-zones:account=123456789012:region=us-east-2"])
    }

    @Test func providerErrorIsReportedAsAnErrorAndTheDummyStandsIn() throws {
        let key = "ssm:account=123456789012:parameterName=/gone:region=eu-west-1"
        let (app, stack) = try stack(context: [key: ["$providerError": "No parameter /gone"]])
        let value = try ContextProvider.getValue(stack, provider: "ssm", props: ["parameterName": "/gone"], dummyValue: "dummy")
        #expect(value == "dummy")
        let assembly = try app.synth()
        #expect(assembly.missingContext.map(\.key) == [key])
        #expect(assembly.messages.contains { $0.level == .error && $0.message == "No parameter /gone" && $0.path == "/S" })
    }
}
