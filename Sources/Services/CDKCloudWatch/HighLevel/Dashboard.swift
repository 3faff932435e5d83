import CDK

extension CloudWatch {
    /// A CloudWatch dashboard (`AWS::CloudWatch::Dashboard`): rows of widgets, laid out on the
    /// 24-column grid and written as the AWS CDK writes the `DashboardBody`.
    ///
    /// ```swift
    /// let dashboard = try CloudWatch.Dashboard(stack, "Ops")
    /// dashboard.addWidgets(CloudWatch.GraphWidget(title: "Errors", left: [fn.metricErrors()]))
    /// ```
    public final class Dashboard: Resource {
        private var rows: [any Widget] = []
        /// The dashboard's CloudFormation resource.
        public let cfnDashboard: CfnDashboard

        /// A dashboard.
        public init(_ scope: Construct, _ id: String, _ props: DashboardProps = DashboardProps(),
                    configure: (inout DashboardProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            if let dashboardName = props.dashboardName, !Token.isUnresolved(dashboardName),
               dashboardName.isEmpty || !dashboardName.unicodeScalars.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" }) {
                throw CDKError("InvalidDashboardName", "The value \(dashboardName) for field dashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).", at: this)
            }
            cfnDashboard = try CfnDashboard(this, "Resource", dashboardBody: "", dashboardName: props.dashboardName)
            try super.init(this, physicalName: props.dashboardName)
            let stack = self.stack
            cfnDashboard.dashboardBody = Lazy.string { [unowned self] in
                let column = Column(self.rows)
                column.position(x: 0, y: 0)
                return stack.toJsonString(["widgets": .array(column.toJson())])
            }
            for row in props.widgets { addWidgets(row) }
        }

        /// Adds a row of widgets below the existing ones.
        public func addWidgets(_ widgets: any Widget...) { addWidgets(widgets) }

        /// Adds a row of widgets below the existing ones.
        public func addWidgets(_ widgets: [any Widget]) {
            if widgets.isEmpty { return }
            rows.append(widgets.count > 1 ? Row(widgets) : widgets[0])
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCloudWatch.CloudWatch.Dashboard") }
    }

    /// The props of a ``Dashboard``.
    public struct DashboardProps: ConstructProps {
        /// The dashboard's name: letters, digits, `-` and `_`.
        ///
        /// Default: a name CloudFormation generates.
        public var dashboardName: String?
        /// Rows of widgets, from top to bottom.
        ///
        /// Default: none (add them with `addWidgets`).
        public var widgets: [[any Widget]] = []

        /// Props with every member at its default.
        public init() {}
    }
}
