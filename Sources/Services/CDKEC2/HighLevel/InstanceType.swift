import CDK

extension EC2 {
    /// An instance class, the part of an instance type before the dot (the AWS CDK's
    /// `ec2.InstanceClass`). The AWS CDK's descriptive names (`burstable3`) and the short ones
    /// (`t3`) are both here; `InstanceClass("x2iezn")` names any other.
    public struct InstanceClass: Sendable, Hashable, CustomStringConvertible {
        /// The class as EC2 writes it (`t3`, `m7g`).
        public let rawValue: String

        /// The class `rawValue`.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }

        /// Burstable, 2nd generation (`t2`).
        public static let t2 = InstanceClass("t2")
        /// Burstable, 3rd generation (`t3`).
        public static let t3 = InstanceClass("t3")
        /// Burstable, 3rd generation, AMD (`t3a`).
        public static let t3a = InstanceClass("t3a")
        /// Burstable, 4th generation, Graviton2 (`t4g`).
        public static let t4g = InstanceClass("t4g")
        /// General purpose, 5th generation (`m5`).
        public static let m5 = InstanceClass("m5")
        /// General purpose, 5th generation, AMD (`m5a`).
        public static let m5a = InstanceClass("m5a")
        /// General purpose, 6th generation, Intel (`m6i`).
        public static let m6i = InstanceClass("m6i")
        /// General purpose, 6th generation, Graviton2 (`m6g`).
        public static let m6g = InstanceClass("m6g")
        /// General purpose, 7th generation, Intel (`m7i`).
        public static let m7i = InstanceClass("m7i")
        /// General purpose, 7th generation, Graviton3 (`m7g`).
        public static let m7g = InstanceClass("m7g")
        /// Compute optimized, 5th generation (`c5`).
        public static let c5 = InstanceClass("c5")
        /// Compute optimized, 6th generation, Intel (`c6i`).
        public static let c6i = InstanceClass("c6i")
        /// Compute optimized, 6th generation, Graviton2 (`c6g`).
        public static let c6g = InstanceClass("c6g")
        /// Compute optimized, 7th generation, Intel (`c7i`).
        public static let c7i = InstanceClass("c7i")
        /// Compute optimized, 7th generation, Graviton3 (`c7g`).
        public static let c7g = InstanceClass("c7g")
        /// Memory optimized, 5th generation (`r5`).
        public static let r5 = InstanceClass("r5")
        /// Memory optimized, 6th generation, Intel (`r6i`).
        public static let r6i = InstanceClass("r6i")
        /// Memory optimized, 6th generation, Graviton2 (`r6g`).
        public static let r6g = InstanceClass("r6g")
        /// Memory optimized, 7th generation, Graviton3 (`r7g`).
        public static let r7g = InstanceClass("r7g")

        /// `t2` by the AWS CDK's descriptive name.
        public static let burstable2 = t2
        /// `t3` by the AWS CDK's descriptive name.
        public static let burstable3 = t3
        /// `t3a` by the AWS CDK's descriptive name.
        public static let burstable3Amd = t3a
        /// `t4g` by the AWS CDK's descriptive name.
        public static let burstable4Graviton = t4g
        /// `m5` by the AWS CDK's descriptive name.
        public static let standard5 = m5
        /// `m6g` by the AWS CDK's descriptive name.
        public static let standard6Graviton = m6g
        /// `m7g` by the AWS CDK's descriptive name.
        public static let standard7Graviton = m7g
        /// `c5` by the AWS CDK's descriptive name.
        public static let compute5 = c5
        /// `c6g` by the AWS CDK's descriptive name.
        public static let compute6Graviton2 = c6g
        /// `r5` by the AWS CDK's descriptive name.
        public static let memory5 = r5
        /// `r6g` by the AWS CDK's descriptive name.
        public static let memory6Graviton = r6g
    }

    /// An instance size, the part of an instance type after the dot (the AWS CDK's
    /// `ec2.InstanceSize`).
    public struct InstanceSize: Sendable, Hashable, CustomStringConvertible {
        /// The size as EC2 writes it (`micro`, `2xlarge`).
        public let rawValue: String

        /// The size `rawValue`.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }

        /// `nano`.
        public static let nano = InstanceSize("nano")
        /// `micro`.
        public static let micro = InstanceSize("micro")
        /// `small`.
        public static let small = InstanceSize("small")
        /// `medium`.
        public static let medium = InstanceSize("medium")
        /// `large`.
        public static let large = InstanceSize("large")
        /// `xlarge`.
        public static let xlarge = InstanceSize("xlarge")
        /// `2xlarge`.
        public static let xlarge2 = InstanceSize("2xlarge")
        /// `4xlarge`.
        public static let xlarge4 = InstanceSize("4xlarge")
        /// `8xlarge`.
        public static let xlarge8 = InstanceSize("8xlarge")
        /// `12xlarge`.
        public static let xlarge12 = InstanceSize("12xlarge")
        /// `16xlarge`.
        public static let xlarge16 = InstanceSize("16xlarge")
        /// `24xlarge`.
        public static let xlarge24 = InstanceSize("24xlarge")
        /// `48xlarge`.
        public static let xlarge48 = InstanceSize("48xlarge")
        /// `metal`.
        public static let metal = InstanceSize("metal")
    }

    /// An EC2 instance type such as `t3.micro` (the AWS CDK's `ec2.InstanceType`).
    ///
    /// ```swift
    /// let small = EC2.InstanceType.of(.t3, .small)
    /// let large = EC2.InstanceType("m5.large")
    /// ```
    public struct InstanceType: Sendable, Hashable, CustomStringConvertible {
        /// The type as EC2 writes it.
        public let instanceTypeIdentifier: String

        /// The type named `instanceTypeIdentifier` (`"t3.micro"`).
        public init(_ instanceTypeIdentifier: String) { self.instanceTypeIdentifier = instanceTypeIdentifier }

        /// The type of `instanceClass` in `instanceSize`.
        public static func of(_ instanceClass: InstanceClass, _ instanceSize: InstanceSize) -> InstanceType {
            InstanceType("\(instanceClass.rawValue).\(instanceSize.rawValue)")
        }

        public var description: String { instanceTypeIdentifier }
    }
}
