import CDK

extension EC2 {
    /// The type of an EBS volume (the AWS CDK's `EbsDeviceVolumeType`).
    public enum EbsDeviceVolumeType: String, Sendable {
        /// Magnetic.
        case standard
        /// Provisioned IOPS SSD (`io1`): needs `iops`.
        case io1
        /// Provisioned IOPS SSD (`io2`): needs `iops`.
        case io2
        /// General purpose SSD (`gp2`).
        case gp2
        /// General purpose SSD (`gp3`).
        case gp3
        /// Throughput optimized HDD.
        case st1
        /// Cold HDD.
        case sc1
    }

    /// The options of an EBS block device (the AWS CDK's `EbsDeviceOptions`).
    public struct EbsDeviceOptions: Sendable {
        /// Whether the volume is deleted when the instance terminates.
        ///
        /// Default: the AMI's setting (`true` for the root volume of most AMIs).
        public var deleteOnTermination: Bool?
        /// The provisioned IOPS (required for `io1` and `io2`, ignored with a warning for
        /// types other than `io1`, `io2` and `gp3`).
        ///
        /// Default: none.
        public var iops: Int?
        /// The volume type.
        ///
        /// Default: EC2's default (`gp2`).
        public var volumeType: EbsDeviceVolumeType?
        /// Whether the volume is encrypted.
        ///
        /// Default: the account's default.
        public var encrypted: Bool?
        /// The throughput in MiB/s (`gp3` only, 125 to 1000; launch templates only).
        ///
        /// Default: EC2's default (125).
        public var throughput: Int?

        /// Options with the members given.
        public init(deleteOnTermination: Bool? = nil, iops: Int? = nil, volumeType: EbsDeviceVolumeType? = nil,
                    encrypted: Bool? = nil, throughput: Int? = nil) {
            self.deleteOnTermination = deleteOnTermination
            self.iops = iops
            self.volumeType = volumeType
            self.encrypted = encrypted
            self.throughput = throughput
        }
    }

    /// What a block device is: an EBS volume (new or from a snapshot) or an instance store
    /// volume (the AWS CDK's `BlockDeviceVolume`).
    public struct BlockDeviceVolume: Sendable {
        /// The EBS volume's size in GiB, if given.
        let volumeSize: Size?
        /// The snapshot of the EBS volume, if any.
        let snapshotId: String?
        /// The EBS options; `nil` for an instance store volume.
        let ebsOptions: EbsDeviceOptions?
        /// `ephemeral<n>` for an instance store volume.
        let virtualName: String?

        /// A new EBS volume of `volumeSize` (whole GiB).
        public static func ebs(_ volumeSize: Size, _ options: EbsDeviceOptions = EbsDeviceOptions()) -> BlockDeviceVolume {
            BlockDeviceVolume(volumeSize: volumeSize, snapshotId: nil, ebsOptions: options, virtualName: nil)
        }

        /// An EBS volume from the snapshot `snapshotId`, of the snapshot's size unless `volumeSize` is given.
        public static func ebsFromSnapshot(_ snapshotId: String, volumeSize: Size? = nil,
                                           _ options: EbsDeviceOptions = EbsDeviceOptions()) -> BlockDeviceVolume {
            BlockDeviceVolume(volumeSize: volumeSize, snapshotId: snapshotId, ebsOptions: options, virtualName: nil)
        }

        /// The instance store volume `ephemeral<volumeIndex>`.
        public static func ephemeral(_ volumeIndex: Int) throws -> BlockDeviceVolume {
            guard volumeIndex >= 0 else {
                throw CDKError(code: "InvalidEphemeralVolumeIndex", message: "volumeIndex must be a number starting from 0, got \(volumeIndex).")
            }
            return BlockDeviceVolume(volumeSize: nil, snapshotId: nil, ebsOptions: nil, virtualName: "ephemeral\(volumeIndex)")
        }
    }

    /// A block device of an instance or launch template (the AWS CDK's `BlockDevice`).
    public struct BlockDevice: Sendable {
        /// The device name (`/dev/xvda`, `/dev/sdh`).
        public var deviceName: String
        /// The volume.
        public var volume: BlockDeviceVolume
        /// Whether the device is mapped; `false` suppresses a device of the AMI (`NoDevice`).
        ///
        /// Default: `true`.
        public var mappingEnabled: Bool?

        /// The device `deviceName` with `volume`.
        public init(deviceName: String, volume: BlockDeviceVolume, mappingEnabled: Bool? = nil) {
            self.deviceName = deviceName
            self.volume = volume
            self.mappingEnabled = mappingEnabled
        }
    }

    /// A block device, checked and in the terms both CloudFormation types share.
    struct CheckedBlockDevice {
        var deviceName: String
        var ebs: (deleteOnTermination: Bool?, encrypted: Bool?, iops: Double?, snapshotId: String?, volumeSize: Double?,
                  volumeType: String?, throughput: Double?)?
        var virtualName: String?
        var noDevice: Bool

        /// The devices checked as the AWS CDK does (`ebs-util.ts`), warnings on `construct`.
        static func check(_ devices: [BlockDevice], at construct: Construct) throws -> [CheckedBlockDevice] {
            try devices.map { device in
                var checked = CheckedBlockDevice(deviceName: device.deviceName, ebs: nil, virtualName: device.volume.virtualName,
                                                 noDevice: device.mappingEnabled == false)
                if let options = device.volume.ebsOptions {
                    let type = options.volumeType
                    if let throughput = options.throughput {
                        if type != .gp3 {
                            throw CDKError("ThroughputRequiresGp3", "'throughput' requires 'volumeType': gp3, got: \(type?.rawValue ?? "undefined").", at: construct)
                        }
                        if !(125...1000).contains(throughput) {
                            throw CDKError("InvalidThroughput", "'throughput' must be between 125 and 1000, got \(throughput).", at: construct)
                        }
                        if let iops = options.iops, Double(throughput) / Double(iops) > 0.25 {
                            throw CDKError("ThroughputIopsRatio", "Throughput (MiBps) to iops ratio of \(JSONWriter.formatNumber(Double(throughput) / Double(iops))) is too high; maximum is 0.25 MiBps per iops", at: construct)
                        }
                    }
                    if options.iops == nil {
                        if type == .io1 || type == .io2 {
                            throw CDKError("IopsRequired", "iops property is required with volumeType: EbsDeviceVolumeType.IO1 and EbsDeviceVolumeType.IO2", at: construct)
                        }
                    } else if type != .io1 && type != .io2 && type != .gp3 {
                        Annotations.of(construct).addWarningV2("@aws-cdk/aws-ec2:iopsIgnored", "iops will be ignored without volumeType: IO1, IO2, or GP3")
                    }
                    checked.ebs = (options.deleteOnTermination, options.encrypted, options.iops.map(Double.init), device.volume.snapshotId,
                                   try device.volume.volumeSize.map { try $0.toGibibytes(integral: true) }, type?.rawValue,
                                   options.throughput.map(Double.init))
                }
                return checked
            }
        }

        /// The mapping of an `AWS::EC2::Instance` (which has no throughput: a warning says so).
        static func instanceMappings(_ devices: [BlockDevice], at construct: Construct) throws -> [CfnInstance.BlockDeviceMappingProperty] {
            if devices.contains(where: { $0.volume.ebsOptions?.throughput != nil }) {
                Annotations.of(construct).addWarning("The throughput property is not supported on EC2 instances. Use a Launch Template instead. See https://github.com/aws/aws-cdk/issues/34033 for more information.")
            }
            return try check(devices, at: construct).map { device in
                CfnInstance.BlockDeviceMappingProperty(
                    deviceName: device.deviceName,
                    ebs: device.ebs.map {
                        CfnInstance.EbsProperty(deleteOnTermination: $0.deleteOnTermination, encrypted: $0.encrypted, iops: $0.iops,
                                                snapshotId: $0.snapshotId, volumeSize: $0.volumeSize, volumeType: $0.volumeType)
                    },
                    noDevice: device.noDevice ? .object([:]) : nil, virtualName: device.virtualName)
            }
        }

        /// The mapping of an `AWS::EC2::LaunchTemplate`.
        static func launchTemplateMappings(_ devices: [BlockDevice], at construct: Construct) throws -> [CfnLaunchTemplate.BlockDeviceMappingProperty] {
            try check(devices, at: construct).map { device in
                CfnLaunchTemplate.BlockDeviceMappingProperty(
                    deviceName: device.deviceName,
                    ebs: device.ebs.map {
                        CfnLaunchTemplate.EbsProperty(deleteOnTermination: $0.deleteOnTermination, encrypted: $0.encrypted, iops: $0.iops,
                                                      snapshotId: $0.snapshotId, throughput: $0.throughput, volumeSize: $0.volumeSize,
                                                      volumeType: $0.volumeType)
                    },
                    noDevice: device.noDevice ? "" : nil, virtualName: device.virtualName)
            }
        }
    }
}
