import ArgumentParser
import SiftKit

// The values sift's options take, read from the command line. A closed set completes in the
// shell and is listed when a value is not in it; a number that is out of range says why.

extension OutputFormat: ExpressibleByArgument {
    public init?(argument: String) {
        guard let f = OutputFormat.named(argument) else { return nil }
        self = f
    }
}

extension InputFormat: ExpressibleByArgument {
    public init?(argument: String) {
        guard let f = InputFormat.named(argument) else { return nil }
        self = f
    }
}

/// What `sift extract` and `sift merge` write: rows as JSON Lines or CSV.
enum RowFormat: String, CaseIterable, ExpressibleByArgument {
    case jsonl, csv

    init?(argument: String) {
        switch OutputFormat.named(argument) {
        case .jsonl?: self = .jsonl
        case .csv?: self = .csv
        default: return nil
        }
    }

    var output: OutputFormat { self == .csv ? .csv : .jsonl }
}

/// The transforms of values that are numbers: each says what it wants when the value is not it.
enum ArgumentValue {
    /// `--max-file-size MIB`, in bytes.
    static func megabytes(_ v: String) throws -> Int {
        guard let mb = Double(v), mb > 0, mb <= 4096 else { throw ValidationError("give a size in MiB between 1 and 4096") }
        return Int(mb * 1_048_576)
    }

    /// `--timeout SECONDS`: 0 or `off` for no limit.
    static func timeLimit(_ v: String) throws -> TimeLimit {
        if v == "0" || v.lowercased() == "off" { return TimeLimit(seconds: nil) }
        guard let s = Double(v), s > 0, s.isFinite else { throw ValidationError("give a number of seconds, or 0 for no limit") }
        return TimeLimit(seconds: s)
    }

    /// `--window N`: articles in flight at once.
    static func window(_ v: String) throws -> Int {
        guard let n = Int(v), n >= 1, n <= 100_000 else { throw ValidationError("give a number of articles from 1 to 100000") }
        return n
    }

    /// `--text-field NAME` and the other field names: not empty.
    static func fieldName(_ v: String) throws -> String {
        guard !v.isEmpty else { throw ValidationError("give a field name") }
        return v
    }
}

/// How long a statement may run; `seconds == nil` is no limit.
struct TimeLimit: CustomStringConvertible {
    var seconds: Double?
    var description: String { seconds.map(Shell.seconds) ?? "0" }
}
