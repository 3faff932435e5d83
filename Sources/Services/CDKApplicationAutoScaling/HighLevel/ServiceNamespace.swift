extension ApplicationAutoScaling {
    /// The service whose resource a scalable target scales (the AWS CDK's `ServiceNamespace`).
    public enum ServiceNamespace: String, Sendable {
        /// Amazon ECS.
        case ecs
        /// Amazon EMR.
        case elasticMapReduce = "elasticmapreduce"
        /// Amazon EC2 Spot Fleet.
        case ec2
        /// Amazon AppStream 2.0.
        case appStream = "appstream"
        /// Amazon DynamoDB.
        case dynamodb
        /// Amazon Aurora (RDS).
        case rds
        /// Amazon SageMaker.
        case sageMaker = "sagemaker"
        /// A custom resource.
        case customResource = "custom-resource"
        /// AWS Lambda.
        case lambda
        /// Amazon Comprehend.
        case comprehend
        /// Amazon MSK.
        case kafka
        /// Amazon ElastiCache.
        case elastiCache = "elasticache"
        /// Amazon Neptune.
        case neptune
        /// Amazon Keyspaces.
        case cassandra
        /// Amazon WorkSpaces.
        case workSpaces = "workspaces"
    }
}
