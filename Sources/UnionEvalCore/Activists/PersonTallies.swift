/// Why a grant of activist points was cut short.
enum CapReason: Equatable {
    /// The category's cap for one person (`points.categories.<类别>.cap`).
    case category(Int)
    /// The cap on all participation points (`points.participation_cap`).
    case participation
}

/// Every member's running totals of activist points, in one flat buffer of `Int32` rows, so a large
/// roster costs no per-person object and a record's visit to a member touches one cache line (rows
/// are a power of two wide). The raw memory is fenced in here: the scorer reads and writes named
/// fields of a `Row`.
struct PersonTallies {
    /// Which columns a row has: six named totals, then one per capped category.
    struct Layout {
        fileprivate static let points = 0
        fileprivate static let participated = 1
        fileprivate static let participationTenths = 2
        fileprivate static let organized = 3
        fileprivate static let notableRecord = 4
        fileprivate static let notableRank = 5
        fileprivate static let firstCapped = 6

        /// Per category, its column among the capped categories, or -1.
        fileprivate let cappedColumn: [Int]
        fileprivate let capTenths: [Int32]
        fileprivate let participationCap: Int32
        let stride: Int

        init(capTenths: [Int?], participationCap: Int?) {
            var columns: [Int] = []
            var count = 0
            for cap in capTenths {
                columns.append(cap == nil ? -1 : count)
                if cap != nil { count += 1 }
            }
            cappedColumn = columns
            self.capTenths = capTenths.map { Int32(clamping: $0 ?? Int.max) }
            self.participationCap = Int32(clamping: participationCap ?? Int.max)
            var stride = 8
            while stride < Self.firstCapped + count { stride *= 2 }
            self.stride = stride
        }

        /// What one role in one record grants each person, worked out once per record.
        func grant(_ wanted: Int32, category: Int) -> Grant {
            let column = cappedColumn[category]
            return Grant(
                wanted: wanted, category: category, capOffset: column >= 0 ? Self.firstCapped + column : 0,
                capTenths: capTenths[category])
        }
    }

    /// Tenths wanted for one role in one record, and the category cap that limits them.
    struct Grant {
        var wanted: Int32
        var category: Int
        /// The row offset of the category's cap column; 0 when the category has none.
        fileprivate var capOffset: Int
        fileprivate var capTenths: Int32
    }

    /// One member's totals, as named fields over the row's memory.
    struct Row {
        fileprivate let base: UnsafeMutablePointer<Int32>

        var points: Int32 { base[Layout.points] }
        var participated: Int32 { base[Layout.participated] }
        var organized: Int32 { base[Layout.organized] }
        /// The most notable record organised so far (index + 1, 0 for none), and its rank.
        var notableRecord: Int32 { base[Layout.notableRecord] }
        var notableRank: Int32 { base[Layout.notableRank] }

        func countOrganized() { base[Layout.organized] += 1 }
        func countParticipated() { base[Layout.participated] += 1 }

        func noteNotable(record: Int, rank: Int32) {
            base[Layout.notableRecord] = Int32(record) + 1
            base[Layout.notableRank] = rank
        }

        /// Adds the grant's tenths within the category cap and, for taking part, the participation cap;
        /// returns the tenths granted and which cap cut them.
        @inline(__always)
        func apply(_ grant: Grant, participationCap: Int32, isParticipation: Bool) -> (granted: Int32, cappedBy: CapReason?) {
            var granted = grant.wanted
            var cappedBy: CapReason? = nil
            if grant.capOffset != 0 {
                granted = min(granted, max(grant.capTenths - base[grant.capOffset], 0))
                if granted < grant.wanted { cappedBy = .category(grant.category) }
            }
            if isParticipation {
                let room = max(participationCap - base[Layout.participationTenths], 0)
                if granted > room {
                    granted = room
                    cappedBy = .participation
                }
                base[Layout.participationTenths] += granted
            }
            if grant.capOffset != 0 { base[grant.capOffset] += granted }
            base[Layout.points] += granted
            return (granted, cappedBy)
        }
    }

    let layout: Layout
    let members: Range<Int>
    private var storage: [Int32]

    /// Zeroed rows for `members`, plus a spare row the walk's look-ahead writes to.
    init(members: Range<Int>, layout: Layout) {
        self.layout = layout
        self.members = members
        storage = [Int32](repeating: 0, count: (members.count + 1) * layout.stride)
    }

    /// The rows as raw memory for the length of `body`: the walk updates tens of millions of totals,
    /// each update through the array otherwise checking that it is not shared.
    mutating func withRows<Result>(_ body: (Rows) -> Result) -> Result {
        let (members, stride) = (members, layout.stride)
        let participationCap = layout.participationCap
        return storage.withUnsafeMutableBufferPointer { buffer in
            body(Rows(base: buffer.baseAddress.unsafelyUnwrapped, members: members, stride: stride, participationCap: participationCap))
        }
    }

    /// The rows while `withRows` lends them.
    struct Rows {
        fileprivate let base: UnsafeMutablePointer<Int32>
        let members: Range<Int>
        fileprivate let stride: Int
        let participationCap: Int32

        @inline(__always)
        func owns(_ member: Int32) -> Bool { UInt(bitPattern: Int(member) &- members.lowerBound) < UInt(members.count) }

        @inline(__always)
        func row(_ member: Int) -> Row { Row(base: base + (member - members.lowerBound) * stride) }

        /// Touches the member's row so that its cache line is on its way before it is needed.
        @inline(__always)
        func prefetch(_ member: Int32) -> Int32 { base[(Int(member) - members.lowerBound) * stride] }

        /// Where the look-ahead stores what it read, so the reads are not optimised away.
        var spare: UnsafeMutablePointer<Int32> { base + members.count * stride }
    }

    /// The totals of one member after the walk.
    func totals(of member: Int) -> (points: Int32, organized: Int32, participated: Int32, notableRecord: Int32) {
        let row = (member - members.lowerBound) * layout.stride
        return (
            storage[row + Layout.points], storage[row + Layout.organized], storage[row + Layout.participated],
            storage[row + Layout.notableRecord]
        )
    }
}
