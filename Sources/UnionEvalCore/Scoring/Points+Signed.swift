extension Points {
    /// A change as a table states it: "+1.5", "-2.0", "0.0".
    public var signedText: String { tenths > 0 ? "+\(self)" : "\(self)" }
}
