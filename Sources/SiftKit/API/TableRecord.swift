/// A type read from one row of a ``Table``: ``QuoteRecord``, ``EntityRecord``, ``SourceRecord``,
/// ``MentionRecord``, or one of your own.
///
/// ```swift
/// struct Count: TableRecord {
///     var speaker: String
///     var count: Int
///     init(row: TableRow) throws(QueryError) {
///         speaker = row["speaker"]?.string ?? ""
///         count = row["count"]?.int ?? 0
///     }
/// }
/// let counts = try corpus.query("quotes | group by speaker | count", as: Count.self)
/// ```
public protocol TableRecord: Sendable {
    /// Reads the record from a row.
    /// - Parameter row: One row of a query's result.
    /// - Throws: ``QueryError`` when the row lacks a column the record needs, or holds a value
    ///   of another type there.
    init(row: TableRow) throws(QueryError)
}

/// One row of a ``Table``, its values found by column name.
public struct TableRow: Sendable {
    /// The table's columns.
    public let columns: [Column]
    /// The row's values, one per column, in column order.
    public let values: [Value]
    /// Column name → position, made once per table.
    let positions: [String: Int]

    init(columns: [Column], values: [Value], positions: [String: Int]) {
        self.columns = columns
        self.values = values
        self.positions = positions
    }

    /// The value of a column.
    /// - Parameter column: The column's name, as a query names it (`speaker`).
    /// - Returns: The value, or nil when the table has no such column.
    public subscript(column: String) -> Value? {
        positions[column].map { values[$0] }
    }
}

extension Table {
    /// The rows read as records of type `type`, in order.
    ///
    /// ```swift
    /// let table = try corpus.query("quotes | where kind == \"direct\"")
    /// let quotes = try table.records(as: QuoteRecord.self)
    /// ```
    /// - Parameter type: The record each row is read as.
    /// - Returns: A record a row, in order.
    /// - Throws: ``QueryError`` when a row cannot be read as a record (a column the record needs
    ///   was left out by `select`, or holds another type).
    public func records<R: TableRecord>(as type: R.Type) throws(QueryError) -> [R] {
        var positions: [String: Int] = [:]
        for (i, c) in columns.enumerated() where positions[c.name] == nil { positions[c.name] = i }
        var records: [R] = []
        records.reserveCapacity(rows.count)
        for values in rows {
            records.append(try R(row: TableRow(columns: columns, values: values, positions: positions)))
        }
        return records
    }
}

extension Corpus {
    /// Runs one statement of the query language and reads its rows as records of type `type`.
    ///
    /// ```swift
    /// let direct = try corpus.query("quotes | where kind == \"direct\" | sort speaker", as: QuoteRecord.self)
    /// for quote in direct { print(quote.speaker ?? "?", quote.text) }
    /// ```
    ///
    /// Filtering (`where`), sorting and `take` keep a source's columns, so their rows read as the
    /// source's records; `select` and `group by` make other rows, which read as a type of your own.
    /// - Parameters:
    ///   - statement: One statement of the query language.
    ///   - type: The record each row is read as.
    /// - Returns: A record a row, in order.
    /// - Throws: ``QueryError`` for a statement that does not parse or cannot run, or whose rows
    ///   cannot be read as `type` (its range is then the whole statement).
    public func query<R: TableRecord>(_ statement: String, as type: R.Type) throws(QueryError) -> [R] {
        let table = try query(statement)
        do {
            return try table.records(as: type)
        } catch {
            // The whole statement made the rows that do not fit.
            var e = error
            e.range = 0..<statement.utf8.count
            throw e
        }
    }
}

/// Reads the columns a record needs from a row, with an error naming what is missing or wrong.
struct ColumnReader {
    let row: TableRow
    /// The record's type name, for messages.
    let record: String

    init(_ row: TableRow, _ record: String) {
        self.row = row
        self.record = record
    }

    /// The column's value, nil when it is null; an error when there is no such column or it
    /// holds another type.
    func value(_ column: String, _ type: ValueType) throws(QueryError) -> Value? {
        guard let i = row.positions[column] else {
            throw .evaluation("the rows have no column '\(column)', which \(record) reads", at: 0..<0,
                              hint: "keep the source's columns: filter with where, not select")
        }
        let v = row.values[i]
        if v.isNull { return nil }
        guard v.type == type else {
            throw .evaluation("column '\(column)' holds \(v.type.noun) where \(record) reads \(type.noun)", at: 0..<0)
        }
        return v
    }

    func optionalText(_ column: String) throws(QueryError) -> String? { try value(column, .string)?.string }
    func optionalInt(_ column: String) throws(QueryError) -> Int? { try value(column, .int)?.int }

    func text(_ column: String) throws(QueryError) -> String { try present(optionalText(column), column) }
    func int(_ column: String) throws(QueryError) -> Int { try present(optionalInt(column), column) }

    func texts(_ column: String) throws(QueryError) -> [String] {
        guard case .list(let items) = try present(value(column, .list), column) else { return [] }
        return items.compactMap(\.string)
    }

    /// A closed set's value (`kind`, `type`, `category`, `gender`), read from its name.
    func optionalClosed<T>(_ column: String, _ make: (String) -> T?) throws(QueryError) -> T? {
        guard let name = try optionalText(column) else { return nil }
        guard let v = make(name) else {
            throw .evaluation("column '\(column)' holds '\(name)', which \(record) does not know", at: 0..<0)
        }
        return v
    }

    func closed<T>(_ column: String, _ make: (String) -> T?) throws(QueryError) -> T {
        try present(optionalClosed(column, make), column)
    }

    /// A span from its `start` and `end` columns.
    func span() throws(QueryError) -> Range<Int> {
        let (start, end) = (try int("start"), try int("end"))
        return start..<max(start, end)
    }

    private func present<T>(_ v: T?, _ column: String) throws(QueryError) -> T {
        guard let v else { throw .evaluation("column '\(column)' is empty where \(record) needs a value", at: 0..<0) }
        return v
    }
}
