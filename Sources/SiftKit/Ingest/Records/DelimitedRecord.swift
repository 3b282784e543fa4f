/// Splits CSV (RFC 4180) or TSV lines into records: fields separated by the delimiter, a field
/// in double quotes may hold the delimiter, doubled quotes and line breaks, so one record can
/// span lines. A quote inside an unquoted field is kept as it is.
struct DelimitedRecord {
    let delimiter: UInt8
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var inQuotes = false
    private var fieldStarted = false
    /// Bytes held for the record being read (to refuse one that never ends).
    private(set) var size = 0
    /// Set when a field was not valid UTF-8 and was read as Windows-1252 (the reader clears it).
    var sawNonUTF8 = false
    /// The line the record being read started on (0: none pending).
    private(set) var firstLine = 0

    init(delimiter: UInt8) { self.delimiter = delimiter }

    var isPending: Bool { firstLine != 0 }

    /// Adds a line; returns the record's fields when the line completes one.
    mutating func feed(_ line: [UInt8], number: Int) -> [String]? {
        if firstLine == 0 { firstLine = number } else { field.append(0x0A) }  // a line break inside quotes
        size += line.count + 1
        var i = 0
        while i < line.count {
            let c = line[i]
            if inQuotes {
                if c == 0x22 {
                    if i + 1 < line.count && line[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    inQuotes = false
                } else {
                    field.append(c)
                }
            } else if c == delimiter {
                endField()
            } else if c == 0x22 && !fieldStarted {
                inQuotes = true
                fieldStarted = true
            } else {
                field.append(c)
                fieldStarted = true
            }
            i += 1
        }
        if inQuotes { return nil }
        endField()
        defer { reset() }
        return fields
    }

    /// Drops a record that will not complete (its quotes never close).
    mutating func reset() {
        fields = []
        field = []
        inQuotes = false
        fieldStarted = false
        size = 0
        firstLine = 0
    }

    private mutating func endField() {
        if UTF8Scalars.isValid(field) {
            fields.append(String(decoding: field, as: UTF8.self))
        } else {
            sawNonUTF8 = true
            fields.append(String(decoding: Windows1252.decode(field), as: UTF8.self))
        }
        field = []
        fieldStarted = false
    }
}
