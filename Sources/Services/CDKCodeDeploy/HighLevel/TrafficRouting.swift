import CDK

extension CodeDeploy {
    /// How a deployment shifts traffic from the old version to the new one (the AWS CDK's
    /// `TrafficRouting`).
    public enum TrafficRouting: Sendable {
        /// All traffic in one shift.
        case allAtOnce
        /// `percentage` percent of the traffic, then the rest after `interval` (whole minutes).
        case timeBasedCanary(interval: Duration, percentage: Int)
        /// `percentage` percent more of the traffic every `interval` (whole minutes), until all
        /// of it is shifted.
        case timeBasedLinear(interval: Duration, percentage: Int)

        /// The `TrafficRoutingConfig` of a deployment configuration; `scope` is named by a
        /// duration that is not a whole number of minutes.
        func render(at scope: Construct) throws -> CfnDeploymentConfig.TrafficRoutingConfigProperty {
            switch self {
            case .allAtOnce:
                return .init(type: "AllAtOnce")
            case .timeBasedCanary(let interval, let percentage):
                let minutes = try scope.converting("trafficRouting.interval") { try interval.toMinutes() }
                return .init(timeBasedCanary: .init(canaryInterval: minutes, canaryPercentage: Double(percentage)), type: "TimeBasedCanary")
            case .timeBasedLinear(let interval, let percentage):
                let minutes = try scope.converting("trafficRouting.interval") { try interval.toMinutes() }
                return .init(timeBasedLinear: .init(linearInterval: minutes, linearPercentage: Double(percentage)), type: "TimeBasedLinear")
            }
        }
    }
}
