import CDK

extension CloudWatch {
    /// A dashboard widget (the AWS CDK's `IWidget`): a size on the 24-column grid, a position
    /// assigned by the dashboard's layout, and its JSON.
    public protocol Widget: AnyObject {
        /// Width in grid columns (1 to 24).
        var width: Int { get }
        /// Height in grid rows.
        var height: Int { get }
        /// Places the widget (and its children) at `x`, `y`.
        func position(x: Int, y: Int)
        /// The widget's entries of the dashboard body.
        func toJson() -> [JSONValue]
    }

    /// The width of the dashboard grid.
    public static let gridWidth = 24

    /// Widgets side by side, wrapping at the grid width.
    public final class Row: Widget {
        private let widgets: [any Widget]
        private var offsets: [(x: Int, y: Int)] = []
        /// The width the widgets take.
        public private(set) var width = 0
        /// The height the widgets take.
        public private(set) var height = 0

        /// A row of `widgets`.
        public init(_ widgets: [any Widget]) {
            self.widgets = widgets
            var x = 0
            var y = 0
            for widget in widgets {
                if x + widget.width > gridWidth {
                    y = height
                    x = 0
                }
                offsets.append((x, y))
                width = max(width, x + widget.width)
                height = max(height, y + widget.height)
                x += widget.width
            }
        }

        public func position(x: Int, y: Int) {
            for (widget, offset) in zip(widgets, offsets) { widget.position(x: x + offset.x, y: y + offset.y) }
        }

        public func toJson() -> [JSONValue] { widgets.flatMap { $0.toJson() } }
    }

    /// Widgets stacked vertically.
    public final class Column: Widget {
        private let widgets: [any Widget]

        /// A column of `widgets`.
        public init(_ widgets: [any Widget]) { self.widgets = widgets }

        /// The widest widget's width.
        public var width: Int { widgets.map(\.width).max() ?? 0 }
        /// The sum of the heights.
        public var height: Int { widgets.map(\.height).reduce(0, +) }

        public func position(x: Int, y: Int) {
            var top = y
            for widget in widgets {
                widget.position(x: x, y: top)
                top += widget.height
            }
        }

        public func toJson() -> [JSONValue] { widgets.flatMap { $0.toJson() } }
    }

    /// Shared state of the concrete widgets: size and position.
    public class ConcreteWidget: Widget {
        /// Width in grid columns.
        public let width: Int
        /// Height in grid rows.
        public let height: Int
        var x = 0
        var y = 0

        init(width: Int, height: Int) {
            self.width = width
            self.height = height
        }

        public func position(x: Int, y: Int) {
            self.x = x
            self.y = y
        }

        public func toJson() -> [JSONValue] { [] }

        /// `{"type", "width", "height", "x", "y", "properties"}`.
        func entry(type: String, properties: JSONObject) -> JSONValue {
            .object(JSONObject([("type", .string(type)), ("width", .number(Double(width))), ("height", .number(Double(height))),
                                ("x", .number(Double(x))), ("y", .number(Double(y))), ("properties", .object(properties))]))
        }
    }

    /// Markdown text.
    public final class TextWidget: ConcreteWidget {
        private let markdown: String
        private let background: String?

        /// A text widget, 6 by 2 by default; `background` is `solid` or `transparent`.
        public init(markdown: String, width: Int = 6, height: Int = 2, background: String? = nil) {
            self.markdown = markdown
            self.background = background
            super.init(width: width, height: height)
        }

        public override func toJson() -> [JSONValue] {
            var properties = JSONObject()
            properties["markdown"] = .string(markdown)
            if let background { properties["background"] = .string(background) }
            return [entry(type: "text", properties: properties)]
        }
    }

    /// A graph of metrics on the left and right axes.
    public final class GraphWidget: ConcreteWidget {
        private var left: [Metric]
        private var right: [Metric]
        private let title: String?
        private let region: String?
        private let stacked: Bool?
        private let view: String

        /// A graph, 6 by 6 by default; `view` is `timeSeries`, `bar` or `pie`.
        public init(title: String? = nil, left: [Metric] = [], right: [Metric] = [], width: Int = 6, height: Int = 6,
                    stacked: Bool? = nil, region: String? = nil, view: String = "timeSeries") {
            self.title = title
            self.left = left
            self.right = right
            self.region = region
            self.stacked = stacked
            self.view = view
            super.init(width: width, height: height)
        }

        /// Adds a metric on the left axis.
        public func addLeftMetric(_ metric: Metric) { left.append(metric) }
        /// Adds a metric on the right axis.
        public func addRightMetric(_ metric: Metric) { right.append(metric) }

        public override func toJson() -> [JSONValue] {
            var properties = JSONObject()
            properties["view"] = .string(view)
            if let title { properties["title"] = .string(title) }
            properties["region"] = .string(region ?? Aws.region)
            if let stacked { properties["stacked"] = .bool(stacked) }
            let metrics = Metric.graphJson(left: left, right: right)
            if !metrics.isEmpty { properties["metrics"] = .array(metrics) }
            properties["yAxis"] = .object(JSONObject())
            return [entry(type: "metric", properties: properties)]
        }
    }

    /// The latest value of metrics.
    public final class SingleValueWidget: ConcreteWidget {
        private let metrics: [Metric]
        private let title: String?
        private let region: String?
        private let sparkline: Bool?

        /// A single-value widget, 6 by 3 by default.
        public init(title: String? = nil, metrics: [Metric], width: Int = 6, height: Int = 3, region: String? = nil, sparkline: Bool? = nil) {
            self.title = title
            self.metrics = metrics
            self.region = region
            self.sparkline = sparkline
            super.init(width: width, height: height)
        }

        public override func toJson() -> [JSONValue] {
            var properties = JSONObject()
            properties["view"] = "singleValue"
            if let title { properties["title"] = .string(title) }
            properties["region"] = .string(region ?? Aws.region)
            if let sparkline { properties["sparkline"] = .bool(sparkline) }
            properties["metrics"] = .array(Metric.graphJson(left: metrics, right: []))
            return [entry(type: "metric", properties: properties)]
        }
    }
}

extension CloudWatch.Metric {
    /// The `metrics` array of a graph: `[namespace, name, dim, value, ..., {options}]` per metric,
    /// with the options the AWS CDK writes (only non-default period and statistic).
    static func graphJson(left: [CloudWatch.Metric], right: [CloudWatch.Metric]) -> [JSONValue] {
        (left.map { ($0, "left") } + right.map { ($0, "right") }).map { metric, axis in
            var entry: [JSONValue] = [.string(metric.namespace), .string(metric.metricName)]
            for dimension in metric.dimensions { entry += [.string(dimension.name), .string(dimension.value)] }
            var options = JSONObject()
            if let color = metric.color { options["color"] = .string(color) }
            if let label = metric.label { options["label"] = .string(label) }
            if let account = metric.account { options["accountId"] = .string(account) }
            if let region = metric.region { options["region"] = .string(region) }
            if let seconds = try? metric.period.toSeconds(), seconds != 300 { options["period"] = .number(seconds) }
            if metric.statistic != "Average" { options["stat"] = .string(metric.statistic) }
            if axis != "left" { options["yAxis"] = .string(axis) }
            if !options.isEmpty { entry.append(.object(options)) }
            return .array(entry)
        }
    }
}
