import CDK
import CDKIAM

extension EC2 {
    /// The props of a ``LaunchTemplate`` (the AWS CDK's `LaunchTemplateProps`, the members
    /// ported so far).
    public struct LaunchTemplateProps: ConstructProps {
        /// The template's name.
        ///
        /// Default: a name CloudFormation generates.
        public var launchTemplateName: String?
        /// The description of the template's first version (at most 255 characters).
        ///
        /// Default: none.
        public var versionDescription: String?
        /// The instance type.
        ///
        /// Default: none (given at launch).
        public var instanceType: InstanceType?
        /// The AMI.
        ///
        /// Default: none (given at launch).
        public var machineImage: (any MachineImageRef)?
        /// The user data.
        ///
        /// Default: none; the image's user data with the feature flag
        /// `@aws-cdk/aws-ec2:launchTemplateDefaultUserData`.
        public var userData: UserData?
        /// The role of the instances: an instance profile (child `Profile`) is created for it.
        ///
        /// Default: no role.
        public var role: (any IAM.RoleRef)?
        /// The security group of the instances; the template is connectable only with one.
        ///
        /// Default: none.
        public var securityGroup: (any SecurityGroupRef)?
        /// Whether IMDSv2 is required (`MetadataOptions.HttpTokens: required`).
        ///
        /// Default: `false`.
        public var requireImdsv2 = false
        /// The block devices.
        ///
        /// Default: the block device mapping of the AMI.
        public var blockDevices: [BlockDevice]?
        /// The name of the SSH key pair (the AWS CDK's deprecated `keyName`; prefer `keyPair`).
        ///
        /// Default: no SSH key.
        public var keyName: String?
        /// The SSH key pair; not allowed with `keyName`, and it must suit the image's
        /// operating system (no ED25519 key on Windows).
        ///
        /// Default: no SSH key.
        public var keyPair: (any KeyPairRef)?
        /// Whether detailed monitoring is enabled.
        ///
        /// Default: EC2's default (`false`).
        public var detailedMonitoring: Bool?
        /// Whether the instances are EBS-optimized.
        ///
        /// Default: EC2's default for the type.
        public var ebsOptimized: Bool?
        /// Whether termination through the API is disabled.
        ///
        /// Default: EC2's default (`false`).
        public var disableApiTermination: Bool?

        /// Props with every member at its default.
        public init() {}
    }

    /// An EC2 launch template (`AWS::EC2::LaunchTemplate`): instance settings that auto
    /// scaling groups and instances launch with. As in the AWS CDK, its `Name` tag goes to the
    /// template and, through `TagSpecifications`, to the instances and volumes launched.
    ///
    /// ```swift
    /// let template = try EC2.LaunchTemplate(stack, "Template") {
    ///     $0.instanceType = .of(.t3, .small)
    ///     $0.machineImage = EC2.MachineImage.latestAmazonLinux2023()
    ///     $0.securityGroup = group
    ///     $0.requireImdsv2 = true
    /// }
    /// ```
    public final class LaunchTemplate: Resource, Connectable, Taggable {
        /// The template's CloudFormation resource.
        public let cfnLaunchTemplate: CfnLaunchTemplate
        /// The instance profile made for `role`, if a role was given.
        public let instanceProfile: IAM.CfnInstanceProfile?
        /// The role of the instances, if given.
        public let role: (any IAM.RoleRef)?
        /// The user data, if any.
        public let userData: UserData?
        /// The instance type, if given.
        public let instanceType: InstanceType?
        /// The operating system of the image, if an image was given.
        public let osType: OperatingSystemType?
        /// The AMI id, if an image was given.
        public let imageId: String?
        /// The template's tags, rendered into its `TagSpecifications`.
        public let tagManager = TagManager(.keyValue, resourceType: "AWS::EC2::LaunchTemplate")
        private let connectionsStorage: Connections?

        /// The template's id.
        public var launchTemplateId: String { cfnLaunchTemplate.ref }
        /// The template's name (the one given, or `nil`).
        public var launchTemplateName: String? { cfnLaunchTemplate.launchTemplateName }
        /// The latest version's number (`LatestVersionNumber`).
        public var latestVersionNumber: String { cfnLaunchTemplate.attrLatestVersionNumber }
        /// The default version's number (`DefaultVersionNumber`).
        public var defaultVersionNumber: String { cfnLaunchTemplate.attrDefaultVersionNumber }
        /// The version instances use: the latest.
        public var versionNumber: String { cfnLaunchTemplate.attrLatestVersionNumber }

        /// The feature flag that gives a template the user data of its image.
        public static let defaultUserDataFlag = "@aws-cdk/aws-ec2:launchTemplateDefaultUserData"
        /// The auto scaling feature flag with the same effect.
        static let generateLaunchTemplateFlag = "@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"

        /// A launch template.
        public init(_ scope: Construct, _ id: String, _ props: LaunchTemplateProps = LaunchTemplateProps(),
                    configure: (inout LaunchTemplateProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            if let description = props.versionDescription, !Token.isUnresolved(description), description.count > 255 {
                throw CDKError("VersionDescriptionLessEqualCharacters", "versionDescription must be less than or equal to 255 characters, got \(description.count)", at: this)
            }
            role = props.role
            instanceProfile = try props.role.map { try IAM.CfnInstanceProfile(this, "Profile", roles: [$0.roleName]) }
            connectionsStorage = props.securityGroup.map { Connections(securityGroups: [$0]) }
            let image = try props.machineImage?.getImage(this)
            osType = image?.osType
            imageId = image?.imageId
            let keyName = try EC2.checkedKeyName(props.keyName, props.keyPair, osType: image?.osType, at: this)
            let flags = FeatureFlags.of(this)
            if flags.isEnabled(Self.defaultUserDataFlag) || flags.isEnabled(Self.generateLaunchTemplateFlag) {
                userData = props.userData ?? image?.userData
            } else {
                userData = props.userData
            }
            instanceType = props.instanceType
            let userData = userData
            let connections = connectionsStorage
            let data = CfnLaunchTemplate.LaunchTemplateDataProperty(
                blockDeviceMappings: try props.blockDevices.map { try CheckedBlockDevice.launchTemplateMappings($0, at: this) },
                disableApiTermination: props.disableApiTermination, ebsOptimized: props.ebsOptimized,
                iamInstanceProfile: instanceProfile.map { .init(arn: $0.attrArn) }, imageId: image?.imageId,
                instanceType: props.instanceType?.description, keyName: keyName,
                metadataOptions: props.requireImdsv2 ? .init(httpTokens: "required") : nil,
                monitoring: props.detailedMonitoring.map { .init(enabled: $0) },
                securityGroupIds: connections.map { connections in Lazy.list { connections.securityGroups.map(\.securityGroupId) } },
                userData: userData.map { userData in Lazy.string { Fn.base64(userData.render()) } })
            cfnLaunchTemplate = try CfnLaunchTemplate(this, "Resource", launchTemplateData: data,
                                                      launchTemplateName: props.launchTemplateName,
                                                      versionDescription: props.versionDescription)
            if let role = props.role { cfnLaunchTemplate.node.addDependency(role) }
            try super.init(this)
            try Tags.of(self).add("Name", node.path)
            // The tags are known once the tag aspects ran: an aspect of a later priority writes them.
            Aspects.of(self).add(TagSpecificationsAspect(), priority: AspectPriority.readonly)
        }

        /// The template's tags as its own and its instances' and volumes' tag specifications.
        fileprivate func renderTagSpecifications() {
            guard tagManager.hasTags else { return }
            let values = tagManager.tagValues()
            let tags = tagManager.sortedKeys.map { CfnTag(key: $0, value: values[$0] ?? "") }
            cfnLaunchTemplate.launchTemplateData.tagSpecifications = ["instance", "volume"].map {
                CfnLaunchTemplate.TagSpecificationProperty(resourceType: $0, tags: tags)
            }
            cfnLaunchTemplate.tagSpecifications = [.init(resourceType: "launch-template", tags: tags)]
        }

        /// The connections of the instances; throws unless a security group was given.
        public var connections: Connections {
            get throws {
                guard let connectionsStorage else {
                    throw CDKError("LaunchTemplateConnectableSecurityGroup", "LaunchTemplate can only be used as IConnectable if a securityGroup is provided when constructing it.", at: self)
                }
                return connectionsStorage
            }
        }

        /// The principal that receives grants: the role; throws unless a role was given.
        public var grantPrincipal: any IAM.Principal {
            get throws {
                guard let role else {
                    throw CDKError("LaunchTemplateGrantableRoleProvided", "LaunchTemplate can only be used as IGrantable if a role is provided when constructing it.", at: self)
                }
                return role
            }
        }

        /// Adds a security group; throws unless one was given at construction.
        public func addSecurityGroup(_ securityGroup: any SecurityGroupRef) throws {
            guard let connectionsStorage else {
                throw CDKError("LaunchTemplateAddedSecurityGroup", "LaunchTemplate can only be added a securityGroup if another securityGroup is initialized in the constructor.", at: self)
            }
            try connectionsStorage.addSecurityGroup(securityGroup)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.LaunchTemplate") }
    }

    /// Writes a launch template's tags into its tag specifications, after the tag aspects
    /// (which run at the default or the mutating priority) have set them.
    private final class TagSpecificationsAspect: Aspect {
        func visit(_ node: Construct) throws {
            (node as? LaunchTemplate)?.renderTagSpecifications()
        }
    }
}
