import CDK

extension Lambda.Function {
    /// Adds layers to the function (`Layers`, in the order added), checked as the AWS CDK
    /// checks them: at most 5 layers, each compatible with the function's runtime.
    public func addLayers(_ layers: any Lambda.LayerVersionRef...) throws {
        try addLayers(layers)
    }

    /// Adds layers to the function, as the variadic form does.
    public func addLayers(_ layers: [any Lambda.LayerVersionRef]) throws {
        for layer in layers {
            var arns = cfnFunction.layers ?? []
            if arns.count == 5 {
                throw CDKError("MaxLayersExceeded", "Unable to add layer: this lambda function already uses 5 layers. Merge layers, or leave one out.", at: self)
            }
            if let runtimes = layer.compatibleRuntimes, !runtimes.contains(runtime) {
                throw CDKError("IncompatibleLayerRuntime", "This lambda function uses a runtime that is incompatible with this layer (\(runtime.name) is not in [\(runtimes.map(\.name).joined(separator: ", "))]). Use a layer made for \(runtime.name), or add it to the layer's compatibleRuntimes.", at: self)
            }
            arns.append(layer.layerVersionArn)
            cfnFunction.layers = arns
        }
    }
}
