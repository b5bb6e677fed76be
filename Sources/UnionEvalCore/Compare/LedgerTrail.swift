/// results-ledger.tsv: every ledger record of a run, a line each, beside results.json — what it says,
/// where it stands and what it counted toward (an index into the trail's `creditLists`). Tab-separated
/// UTF-8 with a header, so a script reads it as any table; a tab, line break or backslash inside a value
/// is written `\t`, `\n`, `\r`, `\\`.
///
/// Written as a stream, unit by unit, and read one unit at a time: a million records are about eighty
/// megabytes, which neither the run nor `compare` should hold as objects.
public enum LedgerTrail {
    public static let fileName = "results-ledger.tsv"
    static let columns = ["unit", "table", "line", "date", "name", "category", "level", "outcome", "declared", "people", "peopleDigest", "credits"]

    /// Writes the run's records grouped by unit (units in unions.csv order, each unit's records in
    /// scoring order), handing `sink` about a megabyte at a time. `peopleDigests`
    /// (`RunTrail.peopleDigests(of:)`) when the member lists were seen; the column is empty otherwise.
    public static func write(_ run: EvaluationRun, peopleDigests: [UInt32]?, to sink: ([UInt8]) throws -> Void) throws {
        let data = run.data
        let credits = run.evaluation.recordCredits.patternOfRecord
        let hasCredits = credits.count == data.records.count
        var byUnit = [[Int32]](repeating: [], count: data.unions.count)
        for (index, record) in data.records.enumerated() { byUnit[record.union].append(Int32(index)) }
        var line = LineBuilder()
        line.bytes += Array((columns.joined(separator: "\t") + "\n").utf8)
        for unit in byUnit.indices {
            for index in byUnit[unit].lazy.map(Int.init) {
                let record = data.records[index]
                line.integer(unit)
                line.integer(record.file)
                line.integer(record.line)
                line.text(record.date.description)
                line.text(data.name(of: record))
                line.integer(record.category)
                line.integer(record.level.rawValue)
                if let outcome = record.outcome { line.integer(outcome) } else { line.empty() }
                if let declared = record.declaredParticipants { line.integer(declared) } else { line.empty() }
                line.integer(Int(record.organizerCount + record.participantCount))
                if let peopleDigests { line.integer(Int(peopleDigests[index])) } else { line.empty() }
                line.integer(hasCredits ? Int(credits[index]) : 0, last: true)
                if line.bytes.count >= 1 << 20 {
                    try sink(line.bytes)
                    line.bytes.removeAll(keepingCapacity: true)
                }
            }
        }
        try sink(line.bytes)
    }

    /// One line's fields, appended as bytes.
    struct LineBuilder {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(1 << 20 + 4096) }

        mutating func integer(_ value: Int, last: Bool = false) {
            if value < 0 { bytes.append(0x2D) }
            var magnitude = value.magnitude
            let start = bytes.count
            repeat {
                bytes.append(UInt8(truncatingIfNeeded: magnitude % 10) + 0x30)
                magnitude /= 10
            } while magnitude > 0
            bytes[start...].reverse()
            bytes.append(last ? 0x0A : 0x09)
        }

        mutating func text(_ value: String) {
            for byte in value.utf8 {
                switch byte {
                case 0x09: bytes += [0x5C, 0x74]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                case 0x5C: bytes += [0x5C, 0x5C]
                default: bytes.append(byte)
                }
            }
            bytes.append(0x09)
        }

        mutating func empty() { bytes.append(0x09) }
    }

    /// A ledger file as `write` made it, its units found in one pass and their rows read on demand.
    public struct Reader: Sendable {
        let bytes: [UInt8]
        /// Per unit, the bytes of its lines.
        let ranges: [Int: Range<Int>]

        public struct Damaged: Error, Sendable {
            public var line: Int
        }

        public init(_ bytes: [UInt8]) throws {
            self.bytes = bytes
            let header = Array((LedgerTrail.columns.joined(separator: "\t") + "\n").utf8)
            guard bytes.starts(with: header) else { throw Damaged(line: 1) }
            var ranges: [Int: Range<Int>] = [:]
            var start = header.count
            var line = 2
            var current: (unit: Int, start: Int)? = nil
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                var unit = 0
                var position = start
                while position < end, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                    unit = unit * 10 + Int(bytes[position] - 0x30)
                    position += 1
                }
                guard position > start, position < end, bytes[position] == 0x09 else { throw Damaged(line: line) }
                if current?.unit != unit {
                    if let current { ranges[current.unit] = current.start..<start }
                    guard ranges[unit] == nil else { throw Damaged(line: line) }
                    current = (unit, start)
                }
                start = end + 1
                line += 1
            }
            if let current { ranges[current.unit] = current.start..<min(start, bytes.count) }
            self.ranges = ranges
        }

        /// The rows of unit `unit` (its index in `trail.units`), in the order written.
        public func rows(ofUnit unit: Int, trail: RunTrail) throws -> [LedgerDiff.Row] {
            guard let range = ranges[unit] else { return [] }
            var rows: [LedgerDiff.Row] = []
            var start = range.lowerBound
            while start < range.upperBound {
                let end = bytes[start..<range.upperBound].firstIndex(of: 0x0A) ?? range.upperBound
                let fields = Self.fields(bytes[start..<end])
                guard fields.count == LedgerTrail.columns.count,
                    let table = Int(fields[1]), trail.tables.indices.contains(table), let line = Int(fields[2]),
                    let category = Int(fields[5]), trail.categories.indices.contains(category),
                    let level = Int(fields[6]), trail.levels.indices.contains(level),
                    let people = Int(fields[9]), let credits = Int(fields[11]), trail.creditLists.indices.contains(credits)
                else { throw Damaged(line: 0) }
                let outcome = Int(fields[7]).flatMap { trail.outcomes.indices.contains($0) ? trail.outcomes[$0] : nil } ?? ""
                rows.append(LedgerDiff.Row(
                    file: trail.tables[table].file, sheet: trail.tables[table].sheet, line: line, date: fields[3], name: fields[4],
                    category: trail.categories[category], level: trail.levels[level], outcome: outcome,
                    declared: Int(fields[8]) ?? -1, people: people, peopleDigest: Int(fields[10]), credits: trail.creditLists[credits]))
                start = end + 1
            }
            return rows
        }

        /// A line's fields, escapes undone.
        static func fields(_ line: ArraySlice<UInt8>) -> [String] {
            var fields: [String] = []
            var field: [UInt8] = []
            var escaped = false
            for byte in line {
                if escaped {
                    switch byte {
                    case 0x74: field.append(0x09)
                    case 0x6E: field.append(0x0A)
                    case 0x72: field.append(0x0D)
                    default: field.append(byte)
                    }
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x09 {
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                } else {
                    field.append(byte)
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            return fields
        }
    }
}
