import CDK

extension EC2 {
    /// What an image gives an instance: its AMI id, operating system and default user data
    /// (the AWS CDK's `MachineImageConfig`).
    public struct MachineImageConfig {
        /// The AMI id (a literal, a template parameter or a mapping lookup).
        public var imageId: String
        /// The image's operating system.
        public var osType: OperatingSystemType
        /// The user data an instance of the image gets unless it is given its own.
        public var userData: UserData

        /// A configuration of the members given.
        public init(imageId: String, osType: OperatingSystemType, userData: UserData) {
            self.imageId = imageId
            self.osType = osType
            self.userData = userData
        }
    }

    /// A machine image (the AWS CDK's `IMachineImage`): the AMI is chosen when an instance or
    /// launch template asks for it, in that construct's stack.
    public protocol MachineImageRef {
        /// The image for a construct in `scope`; may add template elements (a parameter, a mapping).
        func getImage(_ scope: Construct) throws -> MachineImageConfig
    }

    /// The processor architecture of an Amazon Linux image.
    public enum AmazonLinuxCpuType: String, Sendable {
        /// Intel and AMD 64-bit.
        case x86_64 = "x86_64"
        /// Graviton (ARM 64-bit).
        case arm64 = "arm64"
    }

    /// The edition of an Amazon Linux image.
    public enum AmazonLinuxEdition: String, Sendable {
        /// The standard edition.
        case standard
        /// The minimal edition.
        case minimal
    }

    /// The root volume type of an Amazon Linux 2 image.
    public enum AmazonLinuxStorage: String, Sendable {
        /// EBS general purpose (`gp2`).
        case generalPurpose = "gp2"
        /// EBS magnetic (`ebs`).
        case ebs
    }

    /// The options of ``MachineImage/latestAmazonLinux2023(_:)`` and ``MachineImage/latestAmazonLinux2(_:)``.
    public struct AmazonLinuxImageOptions {
        /// The processor architecture.
        ///
        /// Default: `.x86_64`.
        public var cpuType: AmazonLinuxCpuType = .x86_64
        /// The edition.
        ///
        /// Default: `.standard`.
        public var edition: AmazonLinuxEdition = .standard
        /// The root volume type (Amazon Linux 2 only).
        ///
        /// Default: `.generalPurpose`.
        public var storage: AmazonLinuxStorage = .generalPurpose
        /// The user data of instances of the image.
        ///
        /// Default: `UserData.forLinux()`.
        public var userData: UserData?

        /// Options with every member at its default, or the ones given.
        public init(cpuType: AmazonLinuxCpuType = .x86_64, edition: AmazonLinuxEdition = .standard,
                    storage: AmazonLinuxStorage = .generalPurpose, userData: UserData? = nil) {
            self.cpuType = cpuType
            self.edition = edition
            self.storage = storage
            self.userData = userData
        }
    }

    /// The options of ``MachineImage/fromSsmParameter(_:_:)`` (the AWS CDK's `SsmParameterImageOptions`).
    public struct SsmParameterImageOptions {
        /// The image's operating system.
        ///
        /// Default: `.linux`.
        public var os: OperatingSystemType = .linux
        /// The user data of instances of the image.
        ///
        /// Default: the user data of `os`.
        public var userData: UserData?

        /// Options with every member at its default, or the ones given.
        public init(os: OperatingSystemType = .linux, userData: UserData? = nil) {
            self.os = os
            self.userData = userData
        }
    }

    /// The options of ``MachineImage/genericLinux(_:_:)`` and ``MachineImage/genericWindows(_:_:)``.
    public struct GenericImageOptions {
        /// The user data of instances of the image.
        ///
        /// Default: the user data of the operating system.
        public var userData: UserData?

        /// Options with `userData` given.
        public init(userData: UserData? = nil) { self.userData = userData }
    }

    /// Factories of machine images (the AWS CDK's `ec2.MachineImage`).
    ///
    /// ```swift
    /// let image = EC2.MachineImage.latestAmazonLinux2023()
    /// let pinned = EC2.MachineImage.genericLinux(["eu-west-1": "ami-0123456789abcdef0"])
    /// ```
    public enum MachineImage {
        /// The latest Amazon Linux 2023 image, read at every deployment from the public SSM
        /// parameter (`/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64`): a
        /// new image replaces the instances.
        public static func latestAmazonLinux2023(_ options: AmazonLinuxImageOptions = AmazonLinuxImageOptions()) -> any MachineImageRef {
            let parts = ["al2023", "ami", options.edition == .standard ? nil : options.edition.rawValue, "kernel-6.1", options.cpuType.rawValue]
            return SsmParameterImage(parameterName: amazonLinuxPrefix + parts.compactMap { $0 }.joined(separator: "-"),
                                     os: .linux, userData: options.userData)
        }

        /// The latest Amazon Linux 2 image (kernel 5.10), read at every deployment from the
        /// public SSM parameter (`/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2`).
        public static func latestAmazonLinux2(_ options: AmazonLinuxImageOptions = AmazonLinuxImageOptions()) -> any MachineImageRef {
            let parts = ["amzn2", "ami", options.edition == .standard ? nil : options.edition.rawValue, "kernel-5.10", "hvm",
                         options.cpuType.rawValue, options.storage.rawValue]
            return SsmParameterImage(parameterName: amazonLinuxPrefix + parts.compactMap { $0 }.joined(separator: "-"),
                                     os: .linux, userData: options.userData)
        }

        /// The image whose id the SSM parameter `parameterName` holds, read at every deployment
        /// (a `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` template parameter).
        public static func fromSsmParameter(_ parameterName: String, _ options: SsmParameterImageOptions = SsmParameterImageOptions()) -> any MachineImageRef {
            SsmParameterImage(parameterName: parameterName, os: options.os, userData: options.userData)
        }

        /// A Linux image with an AMI id per region: the id of the stack's region, or a
        /// `Fn::FindInMap` in a mapping (`AmiMap`) when the region is not known.
        public static func genericLinux(_ amiMap: [String: String], _ options: GenericImageOptions = GenericImageOptions()) -> any MachineImageRef {
            GenericImage(amiMap: amiMap, os: .linux, userData: options.userData)
        }

        /// A Windows image with an AMI id per region, as ``genericLinux(_:_:)``.
        public static func genericWindows(_ amiMap: [String: String], _ options: GenericImageOptions = GenericImageOptions()) -> any MachineImageRef {
            GenericImage(amiMap: amiMap, os: .windows, userData: options.userData)
        }

        static let amazonLinuxPrefix = "/aws/service/ami-amazon-linux-latest/"
    }

    /// An image read from an SSM parameter at deployment.
    struct SsmParameterImage: MachineImageRef {
        let parameterName: String
        let os: OperatingSystemType
        let userData: UserData?

        func getImage(_ scope: Construct) throws -> MachineImageConfig {
            MachineImageConfig(imageId: try Self.imageIdParameter(scope, parameterName), osType: os,
                               userData: try userData ?? UserData.forOperatingSystem(os == .windows ? .windows : .linux))
        }

        /// The template parameter of `parameterName`, one per stack, with the AWS CDK's id
        /// (`ssm.StringParameter.valueForTypedStringParameterV2`).
        static func imageIdParameter(_ scope: Construct, _ parameterName: String) throws -> String {
            let stack = try Stack.of(scope)
            let id = "SsmParameterValue:\(parameterName):C96584B6-F00A-464E-AD19-53AFF4B05118.Parameter"
            if let existing = stack.node.tryFindChild(id) as? CfnParameter { return existing.valueAsString }
            return try CfnParameter(stack, id, type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                                    default: .string(parameterName)).valueAsString
        }
    }

    /// An image with an AMI id per region.
    struct GenericImage: MachineImageRef {
        let amiMap: [String: String]
        let os: OperatingSystemType
        let userData: UserData?

        func getImage(_ scope: Construct) throws -> MachineImageConfig {
            let userData = try userData ?? UserData.forOperatingSystem(os)
            let region = try Stack.of(scope).region
            if Token.isUnresolved(region) {
                var mapping = JSONObject()
                for region in amiMap.keys.sorted() {
                    mapping[region] = .object(["ami": .string(amiMap[region] ?? "")])
                }
                let amiMap = try CfnMapping(scope, "AmiMap", mapping: mapping)
                return MachineImageConfig(imageId: try amiMap.findInMap(Aws.region, "ami"), osType: os, userData: userData)
            }
            guard let imageId = amiMap[region] else {
                throw CDKError("NoAmiForRegion", "Unable to find AMI in AMI map: no AMI specified for region '\(region)'. Add an AMI id for the region to the map.", at: scope)
            }
            return MachineImageConfig(imageId: imageId, osType: os, userData: userData)
        }
    }
}
