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
        private var resource: CfnDashboard!

        /// A dashboard; `dashboardName` may contain letters, digits, `-` and `_`.
        public init(_ scope: Construct, _ id: String, dashboardName: String? = nil, widgets: [[any Widget]] = []) throws {
            try super.init(scope, id, physicalName: dashboardName)
            if let dashboardName, !Token.isUnresolved(dashboardName),
               dashboardName.isEmpty || !dashboardName.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) {
                throw CDKError(code: "InvalidDashboardName", message: "The value \(dashboardName) for field dashboardName contains invalid characters. It can only contain alphanumerics, dash (-) and underscore (_).", path: node.path)
            }
            let stack = self.stack
            let body = Lazy.string { [unowned self] in
                let column = Column(self.rows)
                column.position(x: 0, y: 0)
                return stack.toJsonString(["widgets": .array(column.toJson())])
            }
            resource = try CfnDashboard(self, "Resource", dashboardBody: body, dashboardName: dashboardName)
            for row in widgets { addWidgets(row) }
        }

        /// The dashboard's CloudFormation resource.
        public var cfnDashboard: CfnDashboard { resource }

        /// Adds a row of widgets below the existing ones.
        public func addWidgets(_ widgets: any Widget...) { addWidgets(widgets) }

        /// Adds a row of widgets below the existing ones.
        public func addWidgets(_ widgets: [any Widget]) {
            if widgets.isEmpty { return }
            rows.append(widgets.count > 1 ? Row(widgets) : widgets[0])
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCloudWatch.CloudWatch.Dashboard") }
    }
}
