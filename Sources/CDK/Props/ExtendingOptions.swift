/// Props that extend a shared group of options, as an AWS CDK props interface `extends` another
/// (`FunctionProps extends FunctionOptions`): the group is kept in ``options``, and its members
/// read and write as if they were the props' own.
///
/// ```swift
/// extension Lambda {
///     public struct FunctionProps: ConstructProps, ExtendingOptions {
///         public var runtime: Runtime
///         public var options = FunctionOptions()    // timeout, memorySize, ...
///     }
/// }
/// var props = Lambda.FunctionProps(...)
/// props.timeout = .seconds(30)                    // props.options.timeout
/// ```
///
/// The same group serves every kind of props that extends it, and a construct of your own can
/// take the group of the constructs it builds in its props the same way.
@dynamicMemberLookup
public protocol ExtendingOptions {
    /// The shared group of options.
    associatedtype Options
    /// The shared options these props extend.
    var options: Options { get set }
}

extension ExtendingOptions {
    /// A member of ``options``, as if it were one of the props' own.
    ///
    /// Inlinable, so that the optimizer turns `props.timeout` into `props.options.timeout`
    /// instead of building a key path object at every access (about 9,000 instructions each).
    @inlinable
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Options, Value>) -> Value {
        get { options[keyPath: keyPath] }
        set { options[keyPath: keyPath] = newValue }
    }
}

extension ExtendingOptions where Options: ExtendingOptions {
    /// A member of the options that ``options`` extend in turn (`props.partitionKey` of a
    /// DynamoDB table's props, whose options extend the key's), read in one step.
    ///
    /// Without it such a member goes through the dynamic member of ``options``: a key path
    /// whose component is itself a key path, which is built anew at every access.
    @inlinable
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Options.Options, Value>) -> Value {
        get { options.options[keyPath: keyPath] }
        set { options.options[keyPath: keyPath] = newValue }
    }
}
