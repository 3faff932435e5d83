/// The place of a new construct in the tree, reserved before the construct is initialized.
///
/// Swift initializes a class's stored properties before `super.init`, but a construct's
/// children need the construct as their scope. A `ConstructScope` stands in for the construct
/// until then: create the children under it, keep them in `let` properties, and pass it to
/// `super.init`, which puts the construct in its place with everything created in it. Paths and
/// logical ids are the same as if the children had been created under the construct itself, as
/// in the AWS CDK's `new Bucket(this, 'Data')`.
///
/// ```swift
/// final class Storage: Construct {
///     let bucket: S3.Bucket
///     let queue: SQS.Queue
///
///     init(_ scope: Construct, _ id: String) throws {
///         let this = try ConstructScope(scope, id)
///         bucket = try S3.Bucket(this, "Data")
///         queue = try SQS.Queue(this, "Work")
///         try super.init(this)
///         try bucket.grantRead(...)     // `self` is usable from here on
///     }
/// }
/// ```
///
/// Constructs created under the scope after that go to the construct that took its place.
public final class ConstructScope: Construct {
    /// The construct that took this place, once it did.
    private(set) var adopter: Construct?

    /// Reserves the place of a construct with `id` under `scope`.
    ///
    /// Throws when `scope` already has a child with that id, or the id is empty or a token.
    public override init(_ scope: Construct, _ id: String) throws {
        try super.init(scope, id)
    }

    /// Records that `construct` took this place; from now on this scope is empty and passes new
    /// children on to it.
    func hand(over construct: Construct) {
        adopter = construct
        clearAfterHandOver()
    }

    /// The construct that took this place, as the root of its dependency subtree.
    public override var dependencyRoots: [Construct] { adopter?.dependencyRoots ?? [self] }
}
