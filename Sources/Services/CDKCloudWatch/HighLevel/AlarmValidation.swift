import CDK

extension CloudWatch.Alarm {
    /// Throws for props CloudWatch refuses: the AWS CDK's check of `datapointsToAlarm`, and the
    /// checks it leaves to deployment (no evaluation period, a threshold that is not a number,
    /// more datapoints than evaluation periods).
    static func validate(_ props: CloudWatch.AlarmProps, id: String, at this: Construct) throws {
        if props.evaluationPeriods < 1 {
            throw CDKError("InvalidEvaluationPeriods", "Alarm \(id): evaluationPeriods must be at least 1, got: \(props.evaluationPeriods). Give the number of periods the metric is compared over.", at: this)
        }
        if let datapointsToAlarm = props.datapointsToAlarm, datapointsToAlarm < 1 {
            throw CDKError("InvalidDatapointsToAlarm", "Alarm \(id): datapointsToAlarm cannot be less than 1, got: \(datapointsToAlarm)", at: this)
        }
        if let datapointsToAlarm = props.datapointsToAlarm, datapointsToAlarm > props.evaluationPeriods {
            throw CDKError("InvalidDatapointsToAlarm", "Alarm \(id): datapointsToAlarm (\(datapointsToAlarm)) cannot be greater than evaluationPeriods (\(props.evaluationPeriods)). Lower datapointsToAlarm or raise evaluationPeriods.", at: this)
        }
        if !Token.isUnresolved(props.threshold) && !props.threshold.isFinite {
            throw CDKError("InvalidThreshold", "Alarm \(id): threshold must be a finite number, got: \(NumberText.display(props.threshold)).", at: this)
        }
    }
}
