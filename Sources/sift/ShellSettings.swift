import SiftKit

/// What a Shell starts with: the settings the command line gave (`Shell(settings)`).
struct ShellSettings {
    var format: OutputFormat? = nil
    var keepGoing = false
    var maxFileSize = 16 << 20
    /// Seconds a statement may run (nil: no limit).
    var timeout: Double? = 60
    var color: Bool? = nil
    var quiet = false
    /// On a terminal, wrap long table cells (--no-wrap: cut them).
    var wrap = true
    /// The format of standard input and of files not named .txt/.jsonl/.csv/.tsv.
    var inputFormat: InputFormat? = nil
    /// The fields of a data set's records (`--text-field body`).
    var fields = RecordFields()

    init() {}

    /// The settings of the options a command shares (see SharedOptions.swift).
    init(input: InputOptions, records: RecordOptions? = nil, timeout: TimeoutOption? = nil,
         results: ResultOptions? = nil, keepGoing: Bool = false) {
        maxFileSize = input.maxFileSize ?? maxFileSize
        quiet = input.quiet
        if let records {
            inputFormat = records.inputFormat
            fields = records.fields
        }
        if let limit = timeout?.timeout { self.timeout = limit.seconds }
        if let results {
            format = results.format
            color = results.color
            wrap = results.wrap
        }
        self.keepGoing = keepGoing
    }
}
