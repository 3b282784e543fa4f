/// How a text table shares a terminal's width among its columns: numbers and columns that are
/// short anyway get all they need first; the long text columns then share what is left in
/// proportion to their widths, none below a floor (its header, up to 12, and at least 6).
enum ColumnWidths {
    /// - Parameters:
    ///   - natural: the widest cell (or header) of each column.
    ///   - fixed: columns never narrowed (numbers).
    ///   - floors: the narrowest each column may become.
    ///   - limit: the terminal's width; columns are separated by two spaces.
    static func share(_ natural: [Int], fixed: [Bool], floors: [Int], limit: Int) -> [Int] {
        let gaps = 2 * max(0, natural.count - 1)
        guard natural.reduce(0, +) + gaps > limit else { return natural }
        var widths = natural
        var open = Set(natural.indices.filter { !fixed[$0] })
        var room = limit - gaps - natural.indices.filter { fixed[$0] }.reduce(0) { $0 + natural[$1] }
        // Short columns first: any column no wider than an even share of the room keeps its width.
        while !open.isEmpty {
            let share = room / open.count
            let short = open.filter { natural[$0] <= share }
            if short.isEmpty { break }
            for i in short { room -= natural[i]; open.remove(i) }
        }
        guard !open.isEmpty else { return widths }
        // The rest in proportion to their widths, above their floors.
        let order = open.sorted()
        let floorSum = order.reduce(0) { $0 + floors[$1] }
        let extra = max(0, room - floorSum)
        let weight = order.reduce(0) { $0 + natural[$1] - floors[$1] }
        var given = 0
        for i in order {
            let add = weight == 0 ? 0 : extra * (natural[i] - floors[i]) / weight
            widths[i] = min(natural[i], floors[i] + add)
            given += widths[i]
        }
        // Rounding leftovers, one column at a time, to the widest still short of its width.
        var left = room - given
        while left > 0, let i = order.filter({ widths[$0] < natural[$0] }).max(by: { natural[$0] - widths[$0] < natural[$1] - widths[$1] }) {
            widths[i] += 1
            left -= 1
        }
        return widths
    }
}
