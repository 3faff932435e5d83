import CDK
import CDKIAM
import CDKKMS
import CDKLambda
import CDKSecretsManager
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/secretsmanager-reference/app.py (generated, named,
/// encrypted and replicated secrets, secrets from values, grants, imports, dynamic references)
/// must synthesize the AWS CDK's template, byte for byte.
@Suite struct SecretsManagerReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Secrets")
        let plain = try SecretsManager.Secret(stack, "Plain")
        let named = try SecretsManager.Secret(stack, "Named") {
            $0.secretName = "app/db-credentials"
            $0.description = "Database credentials"
            var generator = SecretsManager.SecretStringGenerator()
            generator.secretStringTemplate = #"{"username":"admin"}"#
            generator.generateStringKey = "password"
            generator.excludeCharacters = #""@/\"#
            generator.passwordLength = 24
            $0.generateSecretString = generator
            $0.removalPolicy = .retain
        }
        try named.denyAccountRootDelete()
        let key = try KMS.Key(stack, "Key")
        let encrypted = try SecretsManager.Secret(stack, "Encrypted") {
            $0.encryptionKey = key
            $0.replicaRegions = [.init(region: "eu-west-1"), .init(region: "eu-central-1", encryptionKey: key)]
        }
        let single = try SecretsManager.Secret(stack, "Single") { $0.secretName = "token" }
        let value = try SecretsManager.Secret(stack, "Value") { $0.secretStringValue = SecretValue.unsafePlainText("hello") }
        let object = try SecretsManager.Secret(stack, "Object") {
            $0.secretObjectValue = ["username": SecretValue.unsafePlainText("admin"), "database": SecretValue.unsafePlainText("app")]
        }
        let complete = try SecretsManager.Secret.fromSecretCompleteArn(stack, "Complete", "arn:aws:secretsmanager:us-east-1:123456789012:secret:legacy-AbCdEf")
        let partial = try SecretsManager.Secret.fromSecretPartialArn(stack, "Partial", "arn:aws:secretsmanager:us-east-1:123456789012:secret:partial")
        let byName = try SecretsManager.Secret.fromSecretNameV2(stack, "ByName", "shared/token")

        let password = try named.secretValueFromJson("password").unsafeUnwrap()
        let token = try byName.secretValue.unsafeUnwrap()
        let reader = try Lambda.Function(stack, "Reader", .init(runtime: .python312, handler: "index.handler",
                                                                code: .fromInline("def handler(event, context):\n    return {}"))) {
            $0.environment = ["PASSWORD": password, "TOKEN": token]
        }
        try plain.grantRead(reader)
        try named.grantRead(reader, versionStages: ["AWSCURRENT"])
        try encrypted.grantRead(reader)
        try encrypted.grantWrite(reader)
        try complete.grantRead(reader)
        try partial.grantRead(reader)
        try byName.grantRead(reader)
        let outputs: KeyValuePairs = [
            "PlainName": plain.secretName, "PlainArn": plain.secretArn, "NamedName": named.secretName, "CompleteName": complete.secretName,
            "PartialName": partial.secretName, "ByNameArn": byName.secretArn, "ValueName": value.secretName, "SingleName": single.secretName,
            "ObjectArn": object.secretArn,
        ]
        for (id, value) in outputs { _ = try CfnOutput(stack, id, value: value) }

        let expected = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/secretsmanager-reference/expected/Secrets.template.json"), encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Secrets")?.template == (try JSONParser.parse(expected)))
        #expect(assembly.files.first { $0.name == "Secrets.template.json" }?.contents == expected)
    }
}
