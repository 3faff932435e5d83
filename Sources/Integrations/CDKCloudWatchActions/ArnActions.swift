import CDK
import CDKCloudWatch

extension CloudWatchActions {
    /// What an ``Ec2Action`` does to the instance the alarm watches.
    public enum Ec2InstanceAction: String, Sendable {
        /// Stops the instance.
        case stop
        /// Terminates the instance.
        case terminate
        /// Recovers the instance.
        case recover
        /// Reboots the instance.
        case reboot
    }

    /// Stops, terminates, recovers or reboots the EC2 instance the alarm watches
    /// (`arn:<partition>:automate:<region>:ec2:<action>`).
    public final class Ec2Action: CloudWatch.AlarmAction {
        /// What is done to the instance.
        public let instanceAction: Ec2InstanceAction

        /// An action doing `instanceAction`.
        public init(_ instanceAction: Ec2InstanceAction) { self.instanceAction = instanceAction }

        public func bind(_ scope: Construct, alarm: any CloudWatch.AlarmRef) throws -> String {
            let stack = try Stack.of(scope)
            return "arn:\(stack.partition):automate:\(stack.region):ec2:\(instanceAction.rawValue)"
        }
    }

    /// The severity of an OpsItem an ``SsmAction`` creates.
    public enum OpsItemSeverity: String, Sendable {
        /// Critical (`1`).
        case critical = "1"
        /// High (`2`).
        case high = "2"
        /// Medium (`3`).
        case medium = "3"
        /// Low (`4`).
        case low = "4"
    }

    /// The category of an OpsItem an ``SsmAction`` creates.
    public enum OpsItemCategory: String, Sendable {
        /// Availability.
        case availability = "Availability"
        /// Cost.
        case cost = "Cost"
        /// Performance.
        case performance = "Performance"
        /// Recovery.
        case recovery = "Recovery"
        /// Security.
        case security = "Security"
    }

    /// Creates a Systems Manager OpsItem (`arn:...:ssm:<region>:<account>:opsitem:<severity>`,
    /// with `#CATEGORY=<category>` when there is one).
    public final class SsmAction: CloudWatch.AlarmAction {
        /// The OpsItem's severity.
        public let severity: OpsItemSeverity
        /// The OpsItem's category, if any.
        public let category: OpsItemCategory?

        /// An action creating OpsItems of `severity` (and `category`).
        public init(_ severity: OpsItemSeverity, _ category: OpsItemCategory? = nil) {
            self.severity = severity
            self.category = category
        }

        public func bind(_ scope: Construct, alarm: any CloudWatch.AlarmRef) throws -> String {
            let stack = try Stack.of(scope)
            let arn = "arn:\(stack.partition):ssm:\(stack.region):\(stack.account):opsitem:\(severity.rawValue)"
            return category.map { "\(arn)#CATEGORY=\($0.rawValue)" } ?? arn
        }
    }

    /// Starts an incident of an Incident Manager response plan
    /// (`arn:...:ssm-incidents::<account>:response-plan/<name>`).
    public final class SsmIncidentAction: CloudWatch.AlarmAction {
        /// The response plan's name.
        public let responsePlanName: String

        /// An action starting incidents of `responsePlanName`.
        public init(_ responsePlanName: String) { self.responsePlanName = responsePlanName }

        public func bind(_ scope: Construct, alarm: any CloudWatch.AlarmRef) throws -> String {
            let stack = try Stack.of(scope)
            return "arn:\(stack.partition):ssm-incidents::\(stack.account):response-plan/\(responsePlanName)"
        }
    }
}
