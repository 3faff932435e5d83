extension Lambda {
    /// Where a stream event source starts reading.
    public enum StartingPosition: String, Sendable {
        /// The oldest record in the stream.
        case trimHorizon = "TRIM_HORIZON"
        /// The newest record.
        case latest = "LATEST"
        /// A point in time.
        case atTimestamp = "AT_TIMESTAMP"
    }
}
