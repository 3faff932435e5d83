extension Logs {
    /// How long log events are kept (the AWS CDK's `RetentionDays`; `.infinite` keeps them forever).
    public enum RetentionDays: Int, Sendable, CaseIterable {
        /// 1 day.
        case oneDay = 1
        /// 3 days.
        case threeDays = 3
        /// 5 days.
        case fiveDays = 5
        /// 1 week.
        case oneWeek = 7
        /// 2 weeks.
        case twoWeeks = 14
        /// 1 month.
        case oneMonth = 30
        /// 2 months.
        case twoMonths = 60
        /// 3 months.
        case threeMonths = 90
        /// 4 months.
        case fourMonths = 120
        /// 5 months.
        case fiveMonths = 150
        /// 6 months.
        case sixMonths = 180
        /// 1 year.
        case oneYear = 365
        /// 13 months.
        case thirteenMonths = 400
        /// 18 months.
        case eighteenMonths = 545
        /// 2 years (the default of `Logs.LogGroup`).
        case twoYears = 731
        /// 3 years.
        case threeYears = 1096
        /// 5 years.
        case fiveYears = 1827
        /// 6 years.
        case sixYears = 2192
        /// 7 years.
        case sevenYears = 2557
        /// 8 years.
        case eightYears = 2922
        /// 9 years.
        case nineYears = 3288
        /// 10 years.
        case tenYears = 3653
        /// Forever (no `RetentionInDays`).
        case infinite = 9999
    }

    /// The storage class of a log group.
    public enum LogGroupClass: String, Sendable {
        /// Standard.
        case standard = "STANDARD"
        /// Infrequent Access.
        case infrequentAccess = "INFREQUENT_ACCESS"
        /// Delivery (for log delivery only; no retention setting).
        case delivery = "DELIVERY"
    }
}
