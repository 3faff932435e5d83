import CDK
import CDKSNS
import CDKSNSSubscriptions
import CDKSQS

/// Port of ../shared/conformance/06-stages-envs/app.py: one application stage instantiated
/// twice, for two accounts and regions, with a cross-stack subscription inside each stage.
enum StagesEnvs {
    /// The application: a topic in one stack, a queue subscribed to it in another.
    final class Service: Stage {
        override init(_ scope: Construct, _ id: String, env: Environment? = nil) throws {
            try super.init(scope, id, env: env)
            let shared = try Stack(self, "Shared")
            let topic = try SNS.Topic(shared, "Orders")
            let worker = try Stack(self, "Worker")
            let queue = try SQS.Queue(worker, "Inbox")
            try topic.addSubscription(SNSSubscriptions.SqsSubscription(queue))
        }
    }

    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        _ = try Service(app, "Dev", env: Environment(account: "111111111111", region: "eu-west-1"))
        _ = try Service(app, "Prod", env: Environment(account: "222222222222", region: "ap-northeast-1"))
        try app.synth()
    }
}
