/// A column of a result table: its name and the type of its values (nulls aside).
public struct Column: Equatable, Sendable {
    public var name: String
    public var type: ValueType
    /// Aligned to the right in a text table (numbers always are): kwic's left context.
    public var rightAligned: Bool
    /// A window onto longer text (kwic's contexts): a narrow terminal cuts it, never wraps it.
    public var window: Bool

    public init(_ name: String, _ type: ValueType, rightAligned: Bool = false, window: Bool = false) {
        self.name = name
        self.type = type
        self.rightAligned = rightAligned
        self.window = window
    }
}

/// A query result: named, typed columns and rows of values.
public struct Table: Equatable, Sendable {
    public var columns: [Column]
    public var rows: [[Value]]
    /// Evidence to read whole (`why`): a terminal wraps its text, never cuts it.
    public var keepWhole = false

    public init(columns: [Column], rows: [[Value]] = [], keepWhole: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.keepWhole = keepWhole
    }

    public var columnNames: [String] { columns.map(\.name) }
    public var count: Int { rows.count }

    public func index(of column: String) -> Int? { columns.firstIndex { $0.name == column } }

    /// The values of one column, by name.
    public func values(_ column: String) -> [Value] {
        guard let i = index(of: column) else { return [] }
        return rows.map { $0[i] }
    }

    /// Row `r` as a dictionary (convenient in tests and from Swift).
    public func row(_ r: Int) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: zip(columnNames, rows[r]))
    }
}
