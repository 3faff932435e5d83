import CDK
import CDKEC2
import CDKKMS
import CDKLambda
import CDKSecretsManager
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/secretsmanager-rotation-reference/app.py (rotation by a
/// function, on a schedule and with a key; hosted single-user rotation in a VPC and multi-user
/// rotation from a master secret) must synthesize the AWS CDK's template, byte for byte.
@Suite struct RotationReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Rotation")
        let rotator = try Lambda.Function(stack, "Rotator", .init(runtime: .python312, handler: "index.handler",
                                                                  code: .fromInline("def handler(event, context):\n    return None")))
        let plain = try SecretsManager.Secret(stack, "Plain")
        try plain.addRotationSchedule("Rotation", .init(rotationLambda: rotator))
        let key = try KMS.Key(stack, "Key")
        let weekly = try SecretsManager.Secret(stack, "Weekly") { $0.encryptionKey = key }
        _ = try SecretsManager.RotationSchedule(stack, "WeeklyRotation", .init(secret: weekly, options: .init(rotationLambda: rotator))) {
            $0.automaticallyAfter = .days(7)
            $0.rotateImmediatelyOnUpdate = false
        }
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 2; $0.natGateways = 1 }
        let db = try SecretsManager.Secret(stack, "Db") {
            var generator = SecretsManager.SecretStringGenerator()
            generator.excludeCharacters = #"/@""#
            generator.secretStringTemplate = #"{"username":"app"}"#
            generator.generateStringKey = "password"
            $0.generateSecretString = generator
        }
        var hosted = SecretsManager.HostedRotationOptions()
        hosted.vpc = vpc
        hosted.functionName = "rotate-db"
        try db.addRotationSchedule("Rotation", .init(hostedRotation: try .postgreSqlSingleUser(hosted)))
        let master = try SecretsManager.Secret(stack, "Master")
        let users = try SecretsManager.Secret(stack, "Users")
        var multiUser = SecretsManager.HostedRotationOptions()
        multiUser.masterSecret = master
        var options = SecretsManager.RotationScheduleOptions(hostedRotation: try .mysqlMultiUser(multiUser))
        options.automaticallyAfter = .days(0)
        try users.addRotationSchedule("Rotation", options)

        let expected = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/secretsmanager-rotation-reference/expected/Rotation.template.json"), encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Rotation")?.template == (try JSONParser.parse(expected)))
        #expect(assembly.files.first { $0.name == "Rotation.template.json" }?.contents == expected)
    }
}
