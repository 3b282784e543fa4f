/// A typed value in a result table.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    /// No value: an empty cell (a quote without a speaker, an article without a date).
    case null
    /// True or false.
    case bool(Bool)
    /// A whole number: counts, ids, byte offsets.
    case int(Int)
    /// A number with a fraction.
    case double(Double)
    /// Text.
    case string(String)
    /// A list of values (an entity's aliases).
    case list([Value])

    /// The value's type (``ValueType/null`` for ``null``).
    public var type: ValueType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .double: return .double
        case .string: return .string
        case .list: return .list
        }
    }

    /// Whether the value is ``null``.
    public var isNull: Bool { self == .null }

    /// A number's value as a `Double` (``int(_:)`` or ``double(_:)``); nil for any other value.
    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The text of a ``string(_:)``; nil for any other value.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number of an ``int(_:)``; nil for any other value.
    public var int: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The truth of a ``bool(_:)``; nil for any other value.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// Plain text, as a table cell shows it ("" for null).
    public var description: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return Value.format(d)
        case .string(let s): return s
        case .list(let items): return items.map(\.description).joined(separator: ", ")
        }
    }

    static func format(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return d.isNaN ? "NaN" : (d > 0 ? "inf" : "-inf") }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) + ".0" }
        return String(d)
    }

    /// Total order used by `sort`: null < bool < numbers < strings < lists; numbers compare by value.
    package static func order(_ a: Value, _ b: Value) -> Int {
        func rank(_ v: Value) -> Int {
            switch v {
            case .null: return 0
            case .bool: return 1
            case .int, .double: return 2
            case .string: return 3
            case .list: return 4
            }
        }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.string(let x), .string(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) { let c = order(p, q); if c != 0 { return c } }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        default:
            if case .int(let x) = a, case .int(let y) = b { return x == y ? 0 : (x < y ? -1 : 1) }
            let x = a.number ?? 0, y = b.number ?? 0
            return x == y ? 0 : (x < y ? -1 : 1)
        }
    }
}

/// The type of a column or expression, checked before a query runs.
public enum ValueType: String, Sendable {
    /// Only ``Value/null``.
    case null
    /// ``Value/bool(_:)``.
    case bool
    /// ``Value/int(_:)``.
    case int
    /// ``Value/double(_:)``.
    case double
    /// ``Value/string(_:)``.
    case string
    /// ``Value/list(_:)``.
    case list
    /// Unknown until run time (a null literal's partner decides).
    case any

    /// Whether values of the type are numbers (``int`` or ``double``).
    public var isNumeric: Bool { self == .int || self == .double }

    /// How the type reads in an error message.
    package var noun: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .int: return "whole number"
        case .double: return "number"
        case .string: return "text"
        case .list: return "list"
        case .any: return "value"
        }
    }

    /// Whether values of the two types can be compared with == or <.
    func comparable(with other: ValueType) -> Bool {
        if self == .any || other == .any || self == .null || other == .null { return true }
        if isNumeric && other.isNumeric { return true }
        return self == other
    }
}
