/// A column of a result table: its name and the type of its values (nulls aside).
public struct Column: Equatable, Sendable {
    /// The column's name, as a query names it (`speaker`).
    public var name: String
    /// The type of its values; any of them may also be ``Value/null``.
    public var type: ValueType
    /// Aligned to the right in a text table (numbers always are): kwic's left context.
    package var rightAligned: Bool
    /// A window onto longer text (kwic's contexts): a narrow terminal cuts it, never wraps it.
    package var window: Bool

    package init(_ name: String, _ type: ValueType, rightAligned: Bool = false, window: Bool = false) {
        self.name = name
        self.type = type
        self.rightAligned = rightAligned
        self.window = window
    }
}

/// A query result: named, typed columns and rows of values.
///
/// ```swift
/// let table = try corpus.query("entities | where type == \"person\" | take 3")
/// print(table.columnNames)          // ["name", "type", "aliases", …]
/// print(table.values("name"))       // [.string("…"), …]
/// ```
public struct Table: Equatable, Sendable {
    /// The columns, in order.
    public var columns: [Column]
    /// The rows: each holds one value per column, in column order.
    public var rows: [[Value]]
    /// Evidence to read whole (`why`): a terminal wraps its text, never cuts it.
    package var keepWhole = false

    package init(columns: [Column], rows: [[Value]] = [], keepWhole: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.keepWhole = keepWhole
    }

    /// The columns' names, in order.
    public var columnNames: [String] { columns.map(\.name) }
    /// How many rows there are.
    public var count: Int { rows.count }

    /// The position of a column in each row.
    /// - Parameter column: The column's name.
    /// - Returns: Its position, or nil when there is no such column.
    public func index(of column: String) -> Int? { columns.firstIndex { $0.name == column } }

    /// The values of one column, a row each.
    /// - Parameter column: The column's name.
    /// - Returns: Its values, or none when there is no such column.
    public func values(_ column: String) -> [Value] {
        guard let i = index(of: column) else { return [] }
        return rows.map { $0[i] }
    }

    /// One row as a dictionary from column name to value.
    /// - Parameter r: The row's position, from 0.
    public func row(_ r: Int) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: zip(columnNames, rows[r]))
    }
}
