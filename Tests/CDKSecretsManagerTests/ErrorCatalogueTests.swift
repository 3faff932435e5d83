import CDK
import CDKAssertions
import CDKEC2
import CDKIAM
import CDKLambda
import CDKSecretsManager
import ErrorCatalogueSupport
import Testing

/// The Secrets Manager part of the error catalogue: generators, value sources, imports and
/// replicas.
@Suite struct SecretsManagerErrorCatalogue {
    static let cases: [BadInput] = [
        BadInput("template without a key to generate", path: "S/Secret", mentions: ["`secretStringTemplate` and `generateStringKey` must be specified together"]) {
            let (_, stack) = try appWithStack()
            _ = try SecretsManager.Secret(stack, "Secret") {
                var generator = SecretsManager.SecretStringGenerator()
                generator.secretStringTemplate = "{}"
                $0.generateSecretString = generator
            }
        },
        BadInput("a value and a generator", path: "S/Secret", mentions: ["Cannot specify more than one of `generateSecretString`"]) {
            let (_, stack) = try appWithStack()
            _ = try SecretsManager.Secret(stack, "Secret") {
                $0.generateSecretString = SecretsManager.SecretStringGenerator()
                $0.secretStringValue = SecretValue.unsafePlainText("x")
            }
        },
        BadInput("import with both ARNs", path: "S", mentions: ["must use only one of `secretCompleteArn` or `secretPartialArn`"]) {
            let (_, stack) = try appWithStack()
            var attributes = SecretsManager.SecretAttributes()
            attributes.secretCompleteArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:a-AbCdEf"
            attributes.secretPartialArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:a"
            _ = try SecretsManager.Secret.fromSecretAttributes(stack, "Imported", attributes)
        },
        BadInput("import without an ARN", path: "S", mentions: ["must use only one of `secretCompleteArn` or `secretPartialArn`"]) {
            let (_, stack) = try appWithStack()
            _ = try SecretsManager.Secret.fromSecretAttributes(stack, "Imported", SecretsManager.SecretAttributes())
        },
        BadInput("complete ARN without its suffix", path: "S", mentions: ["does not appear to be complete", "secret:plain'"]) {
            let (_, stack) = try appWithStack()
            _ = try SecretsManager.Secret.fromSecretCompleteArn(stack, "Imported", "arn:aws:secretsmanager:us-east-1:123456789012:secret:plain")
        },
        BadInput("complete ARN that is not an ARN", path: "S", mentions: ["secretArn", "not-an-arn-AbCdEf"]) {
            let (_, stack) = try appWithStack()
            _ = try SecretsManager.Secret.fromSecretCompleteArn(stack, "Imported", "not-an-arn-AbCdEf")
        },
        BadInput("replica in the stack's own region", path: "S/Secret", mentions: ["Cannot add the region where this stack is deployed", "'us-east-1'"]) {
            let (_, stack) = try appWithStack(env: Environment(account: "111111111111", region: "us-east-1"))
            _ = try SecretsManager.Secret(stack, "Secret") { $0.replicaRegions = [.init(region: "us-east-1")] }
        },
        BadInput("read grant to another account without a key", path: "S/Secret", mentions: ["KMS Key must be provided for cross account access"]) {
            let (_, stack) = try appWithStack(env: Environment(account: "111111111111", region: "us-east-1"))
            try SecretsManager.Secret(stack, "Secret").grantRead(IAM.AccountPrincipal("222222222222"))
        },
        BadInput("write grant to another account without a key", path: "S/Secret", mentions: ["KMS Key must be provided for cross account access"]) {
            let (_, stack) = try appWithStack(env: Environment(account: "111111111111", region: "us-east-1"))
            try SecretsManager.Secret(stack, "Secret").grantWrite(IAM.AccountPrincipal("222222222222"))
        },
        BadInput("rotation with neither a function nor a hosted rotation", path: "S/Secret/Rotation", mentions: ["One of `rotationLambda` or `hostedRotation` must be specified"]) {
            let (_, stack) = try appWithStack()
            try SecretsManager.Secret(stack, "Secret").addRotationSchedule("Rotation", .init())
        },
        BadInput("rotation with both a function and a hosted rotation", path: "S/Secret/Rotation", mentions: ["One of `rotationLambda` or `hostedRotation` must be specified"]) {
            let (_, stack) = try appWithStack()
            var options = SecretsManager.RotationScheduleOptions(rotationLambda: try rotator(stack))
            options.hostedRotation = try .mysqlSingleUser()
            try SecretsManager.Secret(stack, "Secret").addRotationSchedule("Rotation", options)
        },
        BadInput("rotation every hour", path: "S/Secret/Rotation", mentions: ["must not be smaller than 4 hours", "got 1 hours"]) {
            let (_, stack) = try appWithStack()
            var options = SecretsManager.RotationScheduleOptions(rotationLambda: try rotator(stack))
            options.automaticallyAfter = .hours(1)
            try SecretsManager.Secret(stack, "Secret").addRotationSchedule("Rotation", options)
        },
        BadInput("rotation every 1001 days", path: "S/Secret/Rotation", mentions: ["must not be greater than 1000 days", "got 1001 days"]) {
            let (_, stack) = try appWithStack()
            var options = SecretsManager.RotationScheduleOptions(rotationLambda: try rotator(stack))
            options.automaticallyAfter = .days(1001)
            try SecretsManager.Secret(stack, "Secret").addRotationSchedule("Rotation", options)
        },
        BadInput("rotation every NaN days", path: "S/Secret/Rotation", mentions: ["automaticallyAfter", "NaN"]) {
            let (_, stack) = try appWithStack()
            var options = SecretsManager.RotationScheduleOptions(rotationLambda: try rotator(stack))
            options.automaticallyAfter = .days(.nan)
            try SecretsManager.Secret(stack, "Secret").addRotationSchedule("Rotation", options)
        },
        BadInput("hosted rotation with security groups but no VPC", path: "S/Secret/Rotation", mentions: ["`vpc` must be specified when specifying `securityGroups`"]) {
            let (_, stack) = try appWithStack()
            var hosted = SecretsManager.HostedRotationOptions()
            hosted.securityGroups = []
            try SecretsManager.Secret(stack, "Secret").addRotationSchedule("Rotation", .init(hostedRotation: try .postgreSqlSingleUser(hosted)))
        },
    ]

    static func rotator(_ stack: Stack) throws -> Lambda.Function {
        try Lambda.Function(stack, "Rotator", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
    }

    @Test func multiUserRotationNeedsAMasterSecret() throws {
        try expectError(message: .containing("The `masterSecret` must be specified when using the multi user scheme")) {
            try SecretsManager.HostedRotation.postgreSqlMultiUser(.init())
        }
    }

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func extremeRotationIntervalsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("rotation every \(duration)") {
                let (app, stack) = try appWithStack()
                var options = SecretsManager.RotationScheduleOptions(rotationLambda: try Self.rotator(stack))
                options.automaticallyAfter = duration
                try SecretsManager.Secret(stack, "Secret").addRotationSchedule("Rotation", options)
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }

    @Test func extremePasswordLengthsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for length in [Int.min, -1, 0, 1, 4096, Int.max] {
            inputs.expectAcceptedOrAttributed("password length \(length)") {
                let (app, stack) = try appWithStack()
                _ = try SecretsManager.Secret(stack, "Secret") {
                    var generator = SecretsManager.SecretStringGenerator()
                    generator.passwordLength = length
                    $0.generateSecretString = generator
                }
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }
}
