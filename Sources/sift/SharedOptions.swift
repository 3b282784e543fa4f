import ArgumentParser
import SiftKit

// The options several commands share. Each command declares the groups it takes, so an option
// is accepted before or after the subcommand's name (ArgumentOrder puts the name first).

/// Limits and warnings for the files read.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse larger files and records (default 16).", valueName: "mib"),
            transform: ArgumentValue.megabytes)
    var maxFileSize: Int?

    @Flag(name: .shortAndLong, help: "No warnings about input files.")
    var quiet = false
}

/// Data sets: the format of standard input and the fields of a record.
struct RecordOptions: ParsableArguments {
    @Option(help: ArgumentHelp("For '-' (standard input) and files not named .txt, .jsonl, .ndjson, .csv or .tsv.",
                               valueName: "format"))
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("The field of a JSON Lines or CSV record that holds the text (default text).", valueName: "name"),
            transform: ArgumentValue.fieldName)
    var textField: String?
    @Option(help: ArgumentHelp("The record's id (default id).", valueName: "name"), transform: ArgumentValue.fieldName)
    var idField: String?
    @Option(help: ArgumentHelp("Its title (default title).", valueName: "name"), transform: ArgumentValue.fieldName)
    var titleField: String?
    @Option(help: ArgumentHelp("Its date (default date).", valueName: "name"), transform: ArgumentValue.fieldName)
    var dateField: String?
    @Option(help: ArgumentHelp("Its outlet (default outlet).", valueName: "name"), transform: ArgumentValue.fieldName)
    var outletField: String?
    @Option(help: ArgumentHelp("Its URL (default url).", valueName: "name"), transform: ArgumentValue.fieldName)
    var urlField: String?

    var fields: RecordFields {
        var f = RecordFields()
        if let textField { f.text = textField }
        if let idField { f.id = idField }
        if let titleField { f.title = titleField }
        if let dateField { f.date = dateField }
        if let outletField { f.outlet = outletField }
        if let urlField { f.url = urlField }
        return f
    }

    var load: LoadOptions { LoadOptions(inputFormat: inputFormat, fields: fields) }
}

/// How long a statement may run.
struct TimeoutOption: ParsableArguments {
    @Option(help: ArgumentHelp("Stop a statement that runs longer, not counting the first extraction of the articles (default 60; 0: no limit).", valueName: "seconds"),
            transform: ArgumentValue.timeLimit)
    var timeout: TimeLimit?
}

/// How statements run: `sift` and `sift run`.
struct StatementOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Go on after a failing statement (and to the next script).")
    var keepGoing = false

    @OptionGroup var limit: TimeoutOption
}

/// Where results go and how they look: `sift` and `sift run`.
struct ResultOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("How results are printed (default table).", valueName: "format"))
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Results to FILE instead of the screen (as .output FILE).", valueName: "file"),
            completion: .file())
    var output: String?

    @Flag(inversion: .prefixedNo, help: "Force colour on or off (NO_COLOR is honoured).")
    var color: Bool?

    @Flag(inversion: .prefixedNo, help: "On a terminal, wrap long table cells inside their column (--no-wrap: cut them with …).")
    var wrap = true
}
