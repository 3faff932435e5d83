extension Intrinsic: JSONValueConvertible {
    /// The intrinsic as a token string, which resolution turns back into the intrinsic.
    public var jsonValue: JSONValue { .string(Token.asString(self)) }
}
