import CDK

extension EC2 {
    /// Takes away the rules AWS gives the default security group of a VPC (the AWS CDK's
    /// `restrictDefaultSecurityGroup` of `ec2.Vpc`): a `Custom::VpcRestrictDefaultSG` resource under
    /// the VPC (`RestrictDefaultSecurityGroupCustomResource`), served by the stack's provider
    /// `Custom::VpcRestrictDefaultSGCustomResourceProvider`, whose handler
    /// (Handlers/vpc-restrict-default-security-group, swift-cdk's own) revokes the group's ingress
    /// and egress rules on create and gives them back on delete. The provider's role may change
    /// the rules of that group only.
    enum RestrictDefaultSecurityGroup {
        /// The custom resource type, and the provider's unique id.
        static let resourceType = "Custom::VpcRestrictDefaultSG"
        /// The construct id of the custom resource under the VPC.
        static let resourceId = "RestrictDefaultSecurityGroupCustomResource"

        /// Restricts the default security group `defaultSecurityGroupId` (the VPC resource's
        /// `DefaultSecurityGroup` attribute) of the VPC construct `vpc`.
        @discardableResult
        static func attach(to vpc: Construct, defaultSecurityGroupId: String) throws -> CustomResource {
            let stack = try Stack.of(vpc)
            let provider = try CustomResourceProvider.getOrCreate(vpc, uniqueId: resourceType, props: .init(
                code: .files(["index.js": restrictDefaultSecurityGroupHandlerSource]),
                runtime: .latestNodejs,
                description: "Lambda function for removing all inbound/outbound rules from the VPC default security group",
                marksLibraryHandler: true))
            let groupArn = stack.formatArn(ArnComponents(service: "ec2", resource: "security-group", resourceName: defaultSecurityGroupId))
            provider.addToRolePolicy([
                "Effect": "Allow",
                "Action": ["ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress",
                           "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress"],
                "Resource": [.string(groupArn)],
            ])
            return try CustomResource(vpc, resourceId, serviceToken: provider.serviceToken, resourceType: resourceType, properties: [
                "DefaultSecurityGroupId": .string(defaultSecurityGroupId),
                "Account": .string(stack.account),
            ])
        }
    }
}
