import CDK
import CDKEC2
import CDKLambda
import CDKRDS
import CDKSecretsManager

/// Port of ../shared/conformance/13-aurora-secrets/app.py: an Aurora PostgreSQL cluster with
/// Serverless v2 writer and reader and generated credentials (a secret attachment), a standalone
/// generated secret, and a function in the VPC that may read both secrets and reach the cluster
/// on its port.
enum AuroraSecrets {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "Data")
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 2 }
        let cluster = try RDS.DatabaseCluster(stack, "Db", .init(
            engine: .auroraPostgres(version: .ver16_4), vpc: vpc, writer: .serverlessV2("writer"))) {
            $0.readers = [.serverlessV2("reader", scaleWithWriter: true)]
            $0.serverlessV2MinCapacity = 0.5
            $0.serverlessV2MaxCapacity = 4
            $0.credentials = .fromGeneratedSecret("app")
            $0.defaultDatabaseName = "app"
        }
        let apiKey = try SecretsManager.Secret(stack, "ApiKey") {
            var generator = SecretsManager.SecretStringGenerator()
            generator.excludePunctuation = true
            $0.generateSecretString = generator
        }
        let secret = try cluster.secret.orThrow("the cluster has a secret")
        let reader = try Lambda.Function(stack, "Reader", .init(runtime: .python312, handler: "index.handler",
                                                                code: .fromInline("def handler(event, context):\n    return {}"))) {
            $0.vpc = vpc
            $0.environment = ["DB_SECRET": secret.secretArn, "API_KEY": apiKey.secretArn]
        }
        try secret.grantRead(reader)
        try apiKey.grantRead(reader)
        try cluster.connections.allowDefaultPortFrom(reader)
        try app.synth()
    }
}

extension Optional {
    /// The value, or an error saying what was expected.
    func orThrow(_ expectation: String) throws -> Wrapped {
        guard let value = self else { throw CDKError(code: "Missing", message: "Expected \(expectation).") }
        return value
    }
}
