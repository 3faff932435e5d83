import CDK
import CDKCloudWatch
import CDKCloudWatchActions
import CDKDynamoDB
import CDKLambda
import CDKLambdaEventSources
import CDKS3
import CDKSNS
import CDKSNSSubscriptions
import CDKSQS

/// A small serverless order service, readable top to bottom:
///
/// 1. a function takes new orders: it stores them in a table, writes a receipt into a bucket
///    and announces the order on a topic;
/// 2. the topic feeds a queue (with a dead-letter queue) that a second function works through;
/// 3. an alarm on the first function's errors notifies an alerts topic.
public enum ServerlessApp {
    /// What the sample defines, for tests and for other stacks to use.
    public struct Service {
        public let stack: Stack
        public let orders: DynamoDB.Table
        public let receipts: S3.Bucket
        public let orderEvents: SNS.Topic
        public let fulfillment: SQS.Queue
        public let createOrder: Lambda.Function
        public let fulfill: Lambda.Function
        public let errorsAlarm: CloudWatch.Alarm
    }

    /// Adds the order service's stack to `app`.
    @discardableResult
    public static func build(in app: App, env: Environment? = nil) throws -> Service {
        let stack = try Stack(app, "ServerlessOrders", env: env, description: "Orders: a function, a table, a bucket, a topic, a queue and an alarm")

        // 1. Data: orders by id, and a private bucket for receipts. Both are deleted with the
        //    stack here, which suits a sample; production data would keep the default (retain).
        let orders = try DynamoDB.Table(stack, "Orders", .init(partitionKey: .init(name: "id", type: .string))) {
            $0.billingMode = .payPerRequest
            $0.removalPolicy = .destroy
        }
        let receipts = try S3.Bucket(stack, "Receipts") {
            $0.versioned = true
            $0.encryption = .s3Managed
            $0.blockPublicAccess = .blockAll
            $0.enforceSSL = true
            $0.removalPolicy = .destroy
        }

        // 2. Messaging: a topic announces orders; a queue subscribed to it holds the work, and
        //    messages that fail three times move to a dead-letter queue.
        let orderEvents = try SNS.Topic(stack, "OrderEvents") { $0.displayName = "New orders" }
        let deadLetters = try SQS.Queue(stack, "FulfillmentDeadLetters") { $0.retentionPeriod = .days(14) }
        let fulfillment = try SQS.Queue(stack, "Fulfillment") {
            $0.visibilityTimeout = .seconds(60)
            $0.deadLetterQueue = SQS.DeadLetterQueue(queue: deadLetters, maxReceiveCount: 3)
        }
        _ = try orderEvents.addSubscription(SNSSubscriptions.SqsSubscription(fulfillment))

        // 3. Compute: one function takes orders, the other fulfills them. Grants give each
        //    exactly the permissions it needs, in its role's policy.
        let createOrder = try Lambda.Function(stack, "CreateOrder", .init(runtime: .python312, handler: "index.handler", code: .fromInline("""
                import json, os, uuid, boto3
                def handler(event, context):
                    order = {"id": str(uuid.uuid4()), **json.loads(event.get("body") or "{}")}
                    boto3.resource("dynamodb").Table(os.environ["TABLE"]).put_item(Item=order)
                    boto3.client("s3").put_object(Bucket=os.environ["RECEIPTS"], Key=order["id"] + ".json", Body=json.dumps(order))
                    boto3.client("sns").publish(TopicArn=os.environ["TOPIC"], Message=json.dumps(order))
                    return {"statusCode": 201, "body": json.dumps(order)}
                """))) {
            $0.memorySize = 256
            $0.timeout = .seconds(10)
            $0.environment = ["TABLE": orders.tableName, "RECEIPTS": receipts.bucketName, "TOPIC": orderEvents.topicArn]
            $0.tracing = .active
        }
        try orders.grantReadWriteData(createOrder)
        try receipts.grantPut(createOrder)
        try orderEvents.grantPublish(createOrder)

        let fulfill = try Lambda.Function(stack, "Fulfill", .init(runtime: .python312, handler: "index.handler", code: .fromInline("""
                def handler(event, context):
                    for record in event["Records"]:
                        print("fulfilling", record["body"])
                """))) {
            $0.timeout = .seconds(30)
        }
        try fulfill.addEventSource(LambdaEventSources.SqsEventSource(fulfillment) { $0.batchSize = 10 })
        try orders.grantReadData(fulfill)

        // 4. Operations: any error while taking orders raises an alarm on an alerts topic.
        let alerts = try SNS.Topic(stack, "Alerts") { $0.displayName = "Order service alerts" }
        let errorsAlarm = try CloudWatch.Alarm(stack, "CreateOrderErrors", .init(metric: createOrder.metricErrors(.init(period: .minutes(1))), threshold: 1, evaluationPeriods: 1)) {
            $0.treatMissingData = .notBreaching
            $0.alarmDescription = "Taking orders failed"
        }
        try errorsAlarm.addAlarmAction(CloudWatchActions.SnsAction(alerts))

        _ = try CfnOutput(stack, "CreateOrderFunction", value: createOrder.functionName)
        _ = try CfnOutput(stack, "ReceiptsBucket", value: receipts.bucketName)
        return Service(stack: stack, orders: orders, receipts: receipts, orderEvents: orderEvents, fulfillment: fulfillment,
                       createOrder: createOrder, fulfill: fulfill, errorsAlarm: errorsAlarm)
    }
}
