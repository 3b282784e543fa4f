/// Strings met again and again (entity keys, the ways names are written), each held once and
/// known by its place: what is compared, counted and grouped on is then an integer, and a
/// corpus's hundreds of thousands of records hold no string of their own (issue 14).
struct Interner: Sendable {
    private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]

    /// The id of `s`, given it the first time it is met.
    mutating func id(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(strings.count)
        strings.append(s)
        ids[s] = id
        return id
    }

    /// The id of `s` if it was met, without keeping it.
    func existing(_ s: String) -> Int32? { ids[s] }

    subscript(id: Int32) -> String { strings[Int(id)] }

    var count: Int { strings.count }
}
