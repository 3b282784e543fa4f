/// A grid of Unicode braille cells (U+2800–U+28FF) to draw lines on a terminal: each cell holds
/// two dots across and four down, so a line is four times finer in height than a character.
/// Dots are counted from the bottom left; an empty cell is drawn as a space.
struct BrailleCanvas {
    let columns: Int, rows: Int
    private var cells: [UInt8]

    /// The bit of each dot in a cell, by [column][row from the top] (Unicode's dot numbering).
    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        cells = Array(repeating: 0, count: self.columns * self.rows)
    }

    var dotColumns: Int { columns * 2 }
    var dotRows: Int { rows * 4 }

    /// Sets the dot at (x, y), y from the bottom; a dot off the canvas is ignored.
    mutating func set(_ x: Int, _ y: Int) {
        guard (0..<dotColumns).contains(x), (0..<dotRows).contains(y) else { return }
        let fromTop = dotRows - 1 - y
        cells[(fromTop / 4) * columns + x / 2] |= Self.bits[x % 2][fromTop % 4]
    }

    /// Sets every dot on the straight line between two dots, both ends included (Bresenham).
    mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int)) {
        let dx = abs(b.x - a.x), dy = -abs(b.y - a.y)
        let sx = a.x < b.x ? 1 : -1, sy = a.y < b.y ? 1 : -1
        var x = a.x, y = a.y, error = dx + dy
        while true {
            set(x, y)
            if x == b.x && y == b.y { return }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }

    /// Row `row` (0 is the top) as text, one character a cell, without trailing blanks.
    func text(row: Int) -> String {
        var line = cells[(row * columns)..<((row + 1) * columns)].map { bits in
            bits == 0 ? " " : Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
        }
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}
