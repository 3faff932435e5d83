import CDK

extension CloudWatch {
    /// The left axis of a graph (the AWS CDK's `YAxisProps`).
    public struct YAxisProps: Sendable {
        /// The axis's label.
        ///
        /// Default: none.
        public var label: String?
        /// The largest value shown.
        ///
        /// Default: automatic.
        public var max: Double?
        /// The smallest value shown.
        ///
        /// Default: automatic.
        public var min: Double?
        /// Whether the axis shows the metric's units.
        ///
        /// Default: `true`.
        public var showUnits: Bool?

        /// An axis; each member left `nil` keeps CloudWatch's default.
        public init(label: String? = nil, max: Double? = nil, min: Double? = nil, showUnits: Bool? = nil) {
            self.label = label
            self.max = max
            self.min = min
            self.showUnits = showUnits
        }

        var json: JSONValue {
            var object = JSONObject()
            if let label { object["label"] = .string(label) }
            if let max { object["max"] = .number(max) }
            if let min { object["min"] = .number(min) }
            if let showUnits { object["showUnits"] = .bool(showUnits) }
            return .object(object)
        }
    }

    /// The graph of an alarm's metric, with its threshold.
    public final class AlarmWidget: ConcreteWidget {
        private let alarm: any AlarmRef
        private let title: String?
        private let region: String?
        private let leftYAxis: YAxisProps?

        /// A graph of `alarm`, 6 by 6 by default.
        public init(alarm: any AlarmRef, title: String? = nil, width: Int = 6, height: Int = 6, region: String? = nil, leftYAxis: YAxisProps? = nil) {
            self.alarm = alarm
            self.title = title
            self.region = region
            self.leftYAxis = leftYAxis
            super.init(width: width, height: height)
        }

        public override func toJson() -> [JSONValue] {
            var properties = JSONObject()
            properties["view"] = "timeSeries"
            if let title { properties["title"] = .string(title) }
            properties["region"] = .string(region ?? Aws.region)
            properties["annotations"] = ["alarms": [.string(alarm.alarmArn)]]
            properties["yAxis"] = .object(leftYAxis.map { JSONObject([("left", $0.json)]) } ?? JSONObject())
            return [entry(type: "metric", properties: properties)]
        }
    }

    /// How an ``AlarmStatusWidget`` orders its alarms.
    public enum AlarmStatusWidgetSortBy: String, Sendable {
        /// Alarms in ALARM first, then by state change.
        case `default` = "default"
        /// The latest state change first.
        case stateUpdatedTimestamp
        /// The latest change first.
        case timestamp
    }

    /// The states of a list of alarms.
    public final class AlarmStatusWidget: ConcreteWidget {
        private let alarms: [any AlarmRef]
        private let title: String
        private let sortBy: AlarmStatusWidgetSortBy?
        private let states: [AlarmState]?

        /// The states of `alarms`, 6 by 3 by default, titled `Alarm Status` unless `title` says otherwise.
        public init(alarms: [any AlarmRef], title: String = "Alarm Status", width: Int = 6, height: Int = 3,
                    sortBy: AlarmStatusWidgetSortBy? = nil, states: [AlarmState]? = nil) {
            self.alarms = alarms
            self.title = title
            self.sortBy = sortBy
            self.states = states
            super.init(width: width, height: height)
        }

        public override func toJson() -> [JSONValue] {
            var properties = JSONObject()
            properties["title"] = .string(title)
            properties["alarms"] = .array(alarms.map { .string($0.alarmArn) })
            if let states { properties["states"] = .array(states.map { .string($0.rawValue) }) }
            if let sortBy { properties["sortBy"] = .string(sortBy.rawValue) }
            return [entry(type: "alarm", properties: properties)]
        }
    }

    /// Empty room in a row; it writes no widget.
    public final class Spacer: ConcreteWidget {
        /// A spacer, 1 by 1 by default.
        public override init(width: Int = 1, height: Int = 1) { super.init(width: width, height: height) }
    }

    /// How a ``LogQueryWidget`` shows the query's result.
    public enum LogQueryVisualizationType: String, Sendable {
        /// A table.
        case table
        /// Lines.
        case line
        /// Stacked areas.
        case stackedArea = "stackedarea"
        /// Bars.
        case bar
        /// A pie.
        case pie
    }

    /// The result of a CloudWatch Logs Insights query over log groups.
    public final class LogQueryWidget: ConcreteWidget {
        private let logGroupNames: [String]
        private let query: String
        private let title: String?
        private let region: String?
        private let view: LogQueryVisualizationType

        /// A query of `logGroupNames`, 6 by 6 by default: `queryString`, or `queryLines` joined
        /// by `\n| ` (exactly one of them).
        public init(logGroupNames: [String], queryString: String? = nil, queryLines: [String]? = nil, title: String? = nil,
                    width: Int = 6, height: Int = 6, region: String? = nil, view: LogQueryVisualizationType = .table) throws {
            guard (queryString == nil) != (queryLines == nil) else {
                throw CDKError(code: "LogQueryWidgetQuery", message: "Specify exactly one of 'queryString' and 'queryLines'")
            }
            self.logGroupNames = logGroupNames
            query = queryLines?.joined(separator: "\n| ") ?? queryString ?? ""
            self.title = title
            self.region = region
            self.view = view
            super.init(width: width, height: height)
        }

        public override func toJson() -> [JSONValue] {
            var properties = JSONObject()
            let stacked: Bool? = view == .line ? false : view == .stackedArea ? true : nil
            properties["view"] = .string(stacked == nil ? view.rawValue : "timeSeries")
            if let title { properties["title"] = .string(title) }
            properties["region"] = .string(region ?? Aws.region)
            let sources = logGroupNames.map { "SOURCE '\($0)'" }.joined(separator: " | ")
            properties["query"] = .string("\(sources) | \(query)")
            if let stacked { properties["stacked"] = .bool(stacked) }
            return [entry(type: "log", properties: properties)]
        }
    }
}
