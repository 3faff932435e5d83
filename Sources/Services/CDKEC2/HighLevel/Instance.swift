import CDK
import CDKIAM

extension EC2 {
    /// The props of an ``Instance`` (the AWS CDK's `InstanceProps`).
    public struct InstanceProps: ConstructProps {
        /// The VPC to launch the instance in.
        public var vpc: any VpcRef
        /// The instance type.
        public var instanceType: InstanceType
        /// The AMI.
        public var machineImage: any MachineImageRef
        /// Where in the VPC the instance goes (the first subnet selected).
        ///
        /// Default: the private subnets.
        public var vpcSubnets: SubnetSelection?
        /// The availability zone; exactly one selected subnet must be in it.
        ///
        /// Default: the zone of the first subnet selected.
        public var availabilityZone: String?
        /// Whether the default security group allows all outbound IPv4 traffic (only without `securityGroup`).
        ///
        /// Default: `true`.
        public var allowAllOutbound = true
        /// Whether the default security group allows all outbound IPv6 traffic (only without `securityGroup`).
        ///
        /// Default: `false`.
        public var allowAllIpv6Outbound = false
        /// The security group of the instance.
        ///
        /// Default: a new group (child `InstanceSecurityGroup`).
        public var securityGroup: (any SecurityGroupRef)?
        /// The user data; it stays mutable after the instance is created.
        ///
        /// Default: the user data of the machine image (`UserData.forLinux()` for Linux images).
        public var userData: UserData?
        /// Whether a change of the user data replaces the instance: its logical id then ends
        /// with a hash of the rendered user data, exactly as the AWS CDK computes it.
        ///
        /// Default: `false`.
        public var userDataCausesReplacement: Bool?
        /// The role of the instance profile; it must be assumable by `ec2.amazonaws.com`.
        ///
        /// Default: a new role (child `InstanceRole`).
        public var role: (any IAM.RoleRef)?
        /// The `Name` tag of the instance and its children.
        ///
        /// Default: the construct's path.
        public var instanceName: String?
        /// Whether source/destination checking is enabled (`false` for a NAT instance).
        ///
        /// Default: EC2's default (`true`).
        public var sourceDestCheck: Bool?
        /// The block devices (root and extra volumes).
        ///
        /// Default: the block device mapping of the AMI.
        public var blockDevices: [BlockDevice]?
        /// The private IPv4 address in the subnet.
        ///
        /// Default: one EC2 assigns.
        public var privateIpAddress: String?
        /// Whether the instance's tags are copied to its EBS volumes.
        ///
        /// Default: `false`.
        public var propagateTagsToVolumeOnCreation: Bool?
        /// Whether IMDSv2 is required: a launch template (child `LaunchTemplate`) with
        /// `HttpTokens: required` is attached at synthesis.
        ///
        /// Default: `false`.
        public var requireImdsv2 = false
        /// Whether detailed monitoring is enabled (extra charges).
        ///
        /// Default: `false`.
        public var detailedMonitoring: Bool?
        /// Whether the role gets `AmazonSSMManagedInstanceCore` for Session Manager.
        ///
        /// Default: `false`.
        public var ssmSessionPermissions = false
        /// The name of the SSH key pair (the AWS CDK's deprecated `keyName`; prefer `keyPair`).
        ///
        /// Default: no SSH key.
        public var keyName: String?
        /// The SSH key pair; not allowed with `keyName`, and it must suit the image's
        /// operating system (no ED25519 key on Windows).
        ///
        /// Default: no SSH key.
        public var keyPair: (any KeyPairRef)?

        /// Whether the instance gets a public IPv4 address: its primary network interface is
        /// then written out (with the subnet, groups and private address), and `true` needs
        /// public subnets and waits for their internet connectivity.
        ///
        /// Default: the subnet's setting.
        public var associatePublicIpAddress: Bool?
        /// How long CloudFormation waits for the instance's success signal (`cfn-signal`);
        /// written as the resource's `CreationPolicy.ResourceSignal.Timeout`.
        ///
        /// Default: no signal awaited.
        public var resourceSignalTimeout: Duration?

        /// Props of an instance of `instanceType` running `machineImage` in `vpc`.
        public init(vpc: any VpcRef, instanceType: InstanceType, machineImage: any MachineImageRef) {
            self.vpc = vpc
            self.instanceType = instanceType
            self.machineImage = machineImage
        }
    }

    /// An EC2 instance (`AWS::EC2::Instance`) with, as in the AWS CDK, a security group, a role
    /// and its instance profile, the `Name` tag, and user data from its image. It is
    /// connectable and grantable (its role).
    ///
    /// ```swift
    /// let host = try EC2.Instance(stack, "Host", .init(vpc: vpc, instanceType: .of(.t3, .micro),
    ///                                                  machineImage: EC2.MachineImage.latestAmazonLinux2023())) {
    ///     $0.requireImdsv2 = true
    /// }
    /// try host.connections.allowFromAnyIpv4(.ssh)
    /// ```
    public final class Instance: Resource, Connectable, IAM.Grantable {
        /// The instance's CloudFormation resource.
        public let cfnInstance: CfnInstance
        /// The instance profile of the role.
        public let instanceProfile: IAM.CfnInstanceProfile
        /// The connections of the instance (its first security group).
        public let connections: Connections
        /// The role the instance assumes.
        public let role: any IAM.RoleRef
        /// The user data; commands added later are in the template too.
        public let userData: UserData
        /// The operating system of the image.
        public let osType: OperatingSystemType
        private let securityGroups: SecurityGroupList

        /// The role, which receives the grants.
        public var grantPrincipal: any IAM.Principal { role }
        /// The instance's id.
        public var instanceId: String { cfnInstance.ref }
        /// The availability zone the instance runs in.
        public var instanceAvailabilityZone: String { cfnInstance.getAtt("AvailabilityZone").toString() }
        /// The private DNS name.
        public var instancePrivateDnsName: String { cfnInstance.attrPrivateDnsName }
        /// The private IPv4 address.
        public var instancePrivateIp: String { cfnInstance.attrPrivateIp }
        /// The public DNS name (empty without a public address).
        public var instancePublicDnsName: String { cfnInstance.attrPublicDnsName }
        /// The public IPv4 address (empty without one).
        public var instancePublicIp: String { cfnInstance.attrPublicIp }

        /// An instance.
        public init(_ scope: Construct, _ id: String, _ props: InstanceProps,
                    configure: (inout InstanceProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let securityGroup = try props.securityGroup ?? SecurityGroup(this, "InstanceSecurityGroup", .init(vpc: props.vpc)) {
                $0.allowAllOutbound = props.allowAllOutbound
                $0.allowAllIpv6Outbound = props.allowAllIpv6Outbound
            }
            connections = Connections(securityGroups: [securityGroup])
            securityGroups = SecurityGroupList([securityGroup])
            role = try props.role ?? IAM.Role(this, "InstanceRole", .init(assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com")))
            if props.ssmSessionPermissions {
                try role.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore"))
            }
            instanceProfile = try IAM.CfnInstanceProfile(this, "InstanceProfile", roles: [role.roleName])
            let image = try props.machineImage.getImage(this)
            let userData = props.userData ?? image.userData
            self.userData = userData
            osType = image.osType

            let keyName = try EC2.checkedKeyName(props.keyName, props.keyPair, osType: image.osType, at: this)
            let selected = try props.vpc.selectSubnets(props.vpcSubnets ?? SubnetSelection())
            let subnet = try Self.subnet(props, selected, at: this)
            let groups = securityGroups
            let groupIds = Lazy.list { groups.elements.map(\.securityGroupId) }
            // With associatePublicIpAddress, the subnet, groups and private address go on the primary interface.
            let networkInterfaces = props.associatePublicIpAddress.map {
                [CfnInstance.NetworkInterfaceProperty(associatePublicIpAddress: $0, deviceIndex: "0", groupSet: groupIds,
                                                      privateIpAddress: props.privateIpAddress, subnetId: subnet.subnetId)]
            }
            cfnInstance = try CfnInstance(
                this, "Resource", availabilityZone: try subnet.availabilityZone,
                blockDeviceMappings: try props.blockDevices.map { try CheckedBlockDevice.instanceMappings($0, at: this) },
                iamInstanceProfile: instanceProfile.ref, imageId: image.imageId, instanceType: props.instanceType.description,
                keyName: keyName, monitoring: props.detailedMonitoring, networkInterfaces: networkInterfaces,
                privateIpAddress: networkInterfaces == nil ? props.privateIpAddress : nil,
                propagateTagsToVolumeOnCreation: props.propagateTagsToVolumeOnCreation,
                securityGroupIds: networkInterfaces == nil ? groupIds : nil, sourceDestCheck: props.sourceDestCheck,
                subnetId: networkInterfaces == nil ? subnet.subnetId : nil, userData: Lazy.string { Fn.base64(userData.render()) })
            cfnInstance.node.addDependency(role)
            if props.associatePublicIpAddress == true {
                guard selected.hasPublic else {
                    throw CDKError("InstancePublicIpNeedsPublicSubnets", "To set 'associatePublicIpAddress: true' you must select Public subnets (vpcSubnets: { subnetType: SubnetType.PUBLIC })", at: this)
                }
                cfnInstance.node.addDependency(selected.internetConnectivityEstablished)
            }
            if let timeout = props.resourceSignalTimeout {
                cfnInstance.cfnOptions.creationPolicy = ["ResourceSignal": ["Timeout": .string(try timeout.toIsoString())]]
            }
            try super.init(this)

            let name = props.instanceName.flatMap { $0.isEmpty ? nil : $0 } ?? node.path
            try Tags.of(self).add("Name", name)
            if props.userDataCausesReplacement == true { try hashUserDataIntoLogicalId() }
            if props.requireImdsv2 { Aspects.of(self).add(InstanceRequireImdsv2Aspect()) }
        }

        /// The subnet of the instance: the first selected, or the one in `availabilityZone`.
        private static func subnet(_ props: InstanceProps, _ selected: SelectedSubnets, at scope: Construct) throws -> any SubnetRef {
            if let zone = props.availabilityZone {
                let matching = try selected.subnets.filter { try $0.availabilityZone == zone }
                guard matching.count == 1, let subnet = matching.first else {
                    throw CDKError("InstanceSubnetNotFound", "Need exactly 1 subnet to match AZ '\(zone)', found \(matching.count). Use a different availabilityZone.", at: scope)
                }
                return subnet
            }
            guard let subnet = selected.subnets.first else {
                throw CDKError("InstanceSubnetNotFound", "Did not find any subnets matching the selection of the instance, please use a different selection (vpcSubnets).", at: scope)
            }
            return subnet
        }

        /// Appends the first 16 hex digits of the MD5 of the resolved user data (as JSON) to the
        /// logical id, once the user data is final (validation runs before templates are written).
        private func hashUserDataIntoLogicalId() throws {
            let cfn = cfnInstance
            let originalId = try cfn.resolvedLogicalId
            let userData = userData
            node.addValidation { [unowned self] in
                do {
                    let rendered = try self.stack.resolve(.string(userData.render())) ?? .string("")
                    try cfn.overrideLogicalId(originalId + String(Names.md5Hex(JSONWriter.compact(rendered)).prefix(16)))
                    return []
                } catch {
                    return ["Cannot compute the hash of the user data: \(error)"]
                }
            }
        }

        /// Adds a security group to the instance (its connections keep the first group only, as in the AWS CDK).
        public func addSecurityGroup(_ securityGroup: any SecurityGroupRef) {
            securityGroups.elements.append(securityGroup)
        }

        /// Adds commands to the user data.
        public func addUserData(_ commands: String...) {
            userData.addCommands(commands)
        }

        /// Adds a statement to the policy of the role.
        public func addToRolePolicy(_ statement: IAM.PolicyStatement) throws {
            _ = try role.addToPrincipalPolicy(statement)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.Instance") }
    }

    /// The security groups of an instance, read when the template is written.
    final class SecurityGroupList {
        var elements: [any SecurityGroupRef]
        init(_ elements: [any SecurityGroupRef]) { self.elements = elements }
    }

    /// Attaches a launch template that requires IMDSv2 to an instance (the AWS CDK's
    /// `InstanceRequireImdsv2Aspect`).
    final class InstanceRequireImdsv2Aspect: Aspect {
        /// The feature flag that names the template after the path instead of the id.
        static let uniqueNameFlag = "@aws-cdk/aws-ec2:uniqueImdsv2TemplateName"

        func visit(_ node: Construct) throws {
            guard let instance = node as? Instance else { return }
            if instance.cfnInstance.launchTemplate != nil {
                Annotations.of(instance).addWarningV2("@aws-cdk/aws-ec2:imdsv2RequireImdsv2Aspect", "RequireImdsv2Aspect failed on node \(instance.node.id): Cannot toggle IMDSv1 because this Instance is associated with an existing Launch Template.")
                return
            }
            let template = try CfnLaunchTemplate(instance, "LaunchTemplate", launchTemplateData: .init(metadataOptions: .init(httpTokens: "required")))
            template.launchTemplateName = FeatureFlags.of(instance).isEnabled(Self.uniqueNameFlag)
                ? try Names.nodeUniqueId(template) : "\(instance.node.id)LaunchTemplate"
            instance.cfnInstance.launchTemplate = .init(launchTemplateName: template.launchTemplateName,
                                                        version: template.getAtt("LatestVersionNumber").toString())
        }
    }
}
