/// An activity category from the criteria, with the other names ledgers use for it.
public struct ActivityCategory: Sendable, Hashable {
    public var name: String
    public var aliases: [String]

    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}
