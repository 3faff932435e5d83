import CDK
import CDKIAM
import CDKLambda
import CDKS3
import CDKSNS
import CDKSQS

/// Destinations of S3 bucket notifications (the AWS CDK's `aws-s3-notifications`), with the
/// permissions and policies the AWS CDK adds.
///
/// ```swift
/// try bucket.addEventNotification(.objectCreated, S3Notifications.LambdaDestination(fn))
/// ```
public enum S3Notifications {
    /// Invokes a function: an `AllowBucketNotificationsTo<function id>` permission for
    /// `s3.amazonaws.com` under the bucket, which the notification resource depends on.
    public struct LambdaDestination: S3.NotificationDestination {
        /// The function.
        public let function: any Lambda.FunctionRef

        /// A destination invoking `function`.
        public init(_ function: any Lambda.FunctionRef) { self.function = function }

        public func bind(_ scope: Construct, bucket: any S3.BucketRef) throws -> S3.NotificationDestinationConfig {
            let permissionId = "AllowBucketNotificationsTo\(try Names.nodeUniqueId(function))"
            let bucketConstruct: Construct = bucket
            if bucketConstruct.node.tryFindChild(permissionId) == nil {
                try function.addPermission(permissionId, Lambda.Permission(
                    principal: IAM.ServicePrincipal("s3.amazonaws.com"), sourceArn: bucket.bucketArn,
                    sourceAccount: bucket.stack.account, scope: bucketConstruct))
            }
            let permission = bucketConstruct.node.tryFindChild(permissionId)
            return S3.NotificationDestinationConfig(arn: function.functionArn, type: .lambda, dependencies: permission.map { [$0] } ?? [])
        }
    }

    /// Sends to a queue: the queue policy lets `s3.amazonaws.com` send (`aws:SourceArn` like the
    /// bucket), and an encrypted queue's key lets S3 use it.
    public struct SqsDestination: S3.NotificationDestination {
        /// The queue.
        public let queue: any SQS.QueueRef

        /// A destination sending to `queue`.
        public init(_ queue: any SQS.QueueRef) { self.queue = queue }

        public func bind(_ scope: Construct, bucket: any S3.BucketRef) throws -> S3.NotificationDestinationConfig {
            try queue.grantSendMessages(IAM.ServicePrincipal("s3.amazonaws.com")
                .withConditions(["ArnLike": ["aws:SourceArn": .string(bucket.bucketArn)]]))
            if let key = queue.encryptionMasterKey {
                let statement = IAM.PolicyStatement(actions: ["kms:GenerateDataKey*", "kms:Decrypt"], resources: ["*"],
                                                    principals: [IAM.ServicePrincipal("s3.amazonaws.com")])
                if !(try key.addToResourcePolicy(statement).statementAdded) {
                    Annotations.of(scope).addWarning("Can not change key policy of imported kms key. Ensure that your key policy allows s3.amazonaws.com kms:GenerateDataKey* and kms:Decrypt.")
                }
            }
            return S3.NotificationDestinationConfig(arn: queue.queueArn, type: .queue, dependencies: [queue])
        }
    }

    /// Publishes to a topic: the topic policy lets `s3.amazonaws.com` publish (`aws:SourceArn` like
    /// the bucket). With the `@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions`
    /// flag (default off), an encrypted topic's key lets S3 use it, or warns for an imported key.
    public struct SnsDestination: S3.NotificationDestination {
        /// The flag that lets S3 use the key of an encrypted topic.
        public static let trustKeyPolicyFlag = "@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions"
        /// The topic.
        public let topic: any SNS.TopicRef

        /// A destination publishing to `topic`.
        public init(_ topic: any SNS.TopicRef) { self.topic = topic }

        public func bind(_ scope: Construct, bucket: any S3.BucketRef) throws -> S3.NotificationDestinationConfig {
            _ = try topic.addToResourcePolicy(IAM.PolicyStatement(
                actions: ["sns:Publish"], resources: [topic.topicArn], principals: [IAM.ServicePrincipal("s3.amazonaws.com")],
                conditions: ["ArnLike": ["aws:SourceArn": .string(bucket.bucketArn)]]))
            if FeatureFlags.of(scope).isEnabled(Self.trustKeyPolicyFlag), let key = topic.masterKey {
                let statement = IAM.PolicyStatement(actions: ["kms:GenerateDataKey", "kms:Decrypt"], resources: ["*"],
                                                    principals: [IAM.ServicePrincipal("s3.amazonaws.com")])
                if !(try key.addToResourcePolicy(statement).statementAdded), let keyConstruct = key as? Construct {
                    Annotations.of(keyConstruct).addWarningV2(
                        "@aws-cdk/aws-s3-notifications:snsKMSPermissionsNotAdded",
                        "Can not change key policy of imported kms key. Ensure that your key policy contains the following permissions: \n"
                            + JSONWriter.string(statement.toStatementJSON(), indent: 2))
                }
            }
            return S3.NotificationDestinationConfig(arn: topic.topicArn, type: .topic, dependencies: [topic])
        }
    }
}
