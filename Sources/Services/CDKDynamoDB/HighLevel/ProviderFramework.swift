import CDK
import CDKIAM

extension DynamoDB {
    /// The AWS CDK's custom resource provider framework (`custom_resources.Provider`) with an
    /// `isComplete` handler, in the shape it renders, for the library's own asynchronous
    /// providers: the framework's `onEvent`, `isComplete` and `onTimeout` functions (swift-cdk's
    /// own code, Handlers/provider-framework) and the `waiter-state-machine` that polls
    /// `isComplete` every `queryInterval` until `totalTimeout`. Its ``serviceToken`` is the
    /// framework's `onEvent` function. Waiter logging is off and framework logs are kept from
    /// `FATAL` on, the AWS CDK's defaults.
    final class ProviderFramework: Construct {
        /// The framework's folder: framework.js and swift-cdk's CloudFormation response module.
        static let files = CustomResourceProviderCode.files(["framework.js": DynamoDB.providerFrameworkSource])
            .bundle(withEntrypoint: false)

        /// The ARN custom resources name as their `ServiceToken`.
        private(set) var serviceToken = ""

        /// A framework under `scope` for the user handlers `onEvent` and `isComplete`.
        init(_ scope: Construct, _ id: String, onEvent: HandlerFunction, isComplete: HandlerFunction,
             queryInterval: Duration, totalTimeout: Duration) throws {
            let this = try ConstructScope(scope, id)
            try super.init(this)
            let attempts = try Self.maxAttempts(queryInterval: queryInterval, totalTimeout: totalTimeout, at: self)
            let onEventFunction = try frameworkFunction("onEvent", userHandlers: [onEvent, isComplete])
            let isCompleteFunction = try frameworkFunction("isComplete", userHandlers: [onEvent, isComplete])
            let onTimeoutFunction = try frameworkFunction("onTimeout", userHandlers: [onEvent, isComplete])
            let waiter = try WaiterStateMachine(self, "waiter-state-machine", isComplete: isCompleteFunction, onTimeout: onTimeoutFunction,
                                                interval: try queryInterval.toSeconds(), maxAttempts: attempts)
            onEventFunction.addEnvironment("WAITER_STATE_MACHINE_ARN", waiter.stateMachineArn)
            _ = try IAM.Grant.addToPrincipal(grantee: onEventFunction, actions: ["states:StartExecution"],
                                             resourceArns: [waiter.stateMachineArn])
            serviceToken = onEventFunction.functionArn
        }

        /// `framework-<entrypoint>`, which may invoke and describe the user handlers.
        private func frameworkFunction(_ entrypoint: String, userHandlers: [HandlerFunction]) throws -> HandlerFunction {
            let function = try HandlerFunction(
                self, "framework-\(entrypoint)", files: Self.files, handler: "framework.\(entrypoint)",
                timeout: .minutes(15),
                description: String("AWS CDK resource provider framework - \(entrypoint) (\(node.path))".prefix(256)),
                applicationLogLevel: "FATAL")
            let variables = ["USER_ON_EVENT_FUNCTION_ARN", "USER_IS_COMPLETE_FUNCTION_ARN"]
            for (variable, handler) in zip(variables, userHandlers) {
                function.addEnvironment(variable, handler.functionArn)
                try handler.grantInvoke(function)
                try function.addToRolePolicy(IAM.PolicyStatement(actions: ["lambda:GetFunction"], resources: [handler.functionArn]))
            }
            return function
        }

        /// `totalTimeout / queryInterval`; throws when it is not a whole number.
        private static func maxAttempts(queryInterval: Duration, totalTimeout: Duration, at scope: Construct) throws -> Int {
            let total = try totalTimeout.toSeconds(), interval = try queryInterval.toSeconds()
            let attempts = interval > 0 ? total / interval : .nan
            guard attempts.isFinite, attempts.rounded() == attempts, let count = Int(exactly: attempts) else {
                throw CDKError("CannotDetermineRetryCountSince",
                               "Cannot determine retry count since totalTimeout=\(NumberText.display(total))s is not integrally dividable by queryInterval=\(NumberText.display(interval))s. Give a timeout that is a whole number of query intervals.",
                               at: scope)
            }
            return count
        }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "aws-cdk-lib.custom_resources.Provider") }
    }

    /// The provider framework's state machine (`AWS::StepFunctions::StateMachine`): it retries
    /// the `isComplete` function until it succeeds, then gives up through `onTimeout`.
    final class WaiterStateMachine: Construct {
        /// The state machine's ARN.
        private(set) var stateMachineArn = ""

        init(_ scope: Construct, _ id: String, isComplete: HandlerFunction, onTimeout: HandlerFunction,
             interval: Double, maxAttempts: Int) throws {
            let this = try ConstructScope(scope, id)
            let role = try IAM.Role(this, "Role", .init(assumedBy: IAM.ServicePrincipal("states.amazonaws.com")))
            try super.init(this)
            try isComplete.grantInvoke(role)
            try onTimeout.grantInvoke(role)
            let definition = try Stack.of(self).toJsonString([
                "StartAt": "framework-isComplete-task",
                "States": [
                    "framework-isComplete-task": [
                        "End": true,
                        "Retry": [["ErrorEquals": ["States.ALL"], "IntervalSeconds": .number(interval),
                                   "MaxAttempts": .number(Double(maxAttempts)), "BackoffRate": 1]],
                        "Catch": [["ErrorEquals": ["States.ALL"], "Next": "framework-onTimeout-task"]],
                        "Type": "Task",
                        "Resource": .string(isComplete.functionArn),
                    ],
                    "framework-onTimeout-task": ["End": true, "Type": "Task", "Resource": .string(onTimeout.functionArn)],
                ],
            ])
            let resource = try CfnResource(self, "Resource", type: "AWS::StepFunctions::StateMachine",
                                           properties: ["DefinitionString": .string(definition), "RoleArn": .string(role.roleArn)])
            resource.node.addDependency(role)
            stateMachineArn = resource.ref
        }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "aws-cdk-lib.custom_resources.WaiterStateMachine") }
    }
}
