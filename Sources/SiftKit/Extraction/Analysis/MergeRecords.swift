/// What the corpus merge reads of every article's entities, and all it reads: per entity the key
/// it meets others on, whether the article gave it a title, and the forms its mentions write.
/// Made from the analyses in memory, or read back from `mentions` rows (`sift merge`), so the
/// merge of a corpus is the same whether it is held in memory or streamed through many runs.
///
/// The merge is the moment a corpus's memory peaks, so a record holds no string: keys and forms
/// are interned, and what the merge asks of a key (its type, whether it is a full name, its word
/// or surname) is read once per distinct key, not once per record (issue 14).
package struct MergeRecords: Sendable {
    struct Record: Sendable {
        /// The article's position in its corpus or stream (articles are merged in this order).
        @CompactIndex var article: Int
        var key: Int32
        /// The first form written and its count inline (most entities are written one way); the
        /// others in `more`, `moreCount` of them from `moreStart`.
        var firstForm: Int32
        var firstCount: Int32
        var moreStart: Int32
        var moreCount: Int32
        /// Introduced with a title or role ("President Obama"): a bare surname that a titled
        /// person's article keeps apart from a full name it also names.
        var titled: Bool
        var gender: Gender
        /// For a person: how the article showed it is one (a title, a pronoun; or only a first
        /// name or a speech verb). A corpus entity is a person when one of its articles did either.
        var personEvidence: PersonEvidence
    }

    /// What the merge asks of a key, read once.
    struct KeyInfo: Sendable {
        /// The type the key starts with ("person|…").
        var type: EntityType
        /// Two or more words: a full name, merged first.
        var isFull: Bool
        /// The words after the type (in `words`), for a key of one word: what a bare surname or
        /// an acronym is looked up by. -1 for a full name.
        var word: Int32
        /// The surname of a person's full name (in `words`), which bare surnames find; else -1.
        var surname: Int32
    }

    private(set) var records: [Record] = []
    private var more: [(form: Int32, count: Int32)] = []
    private(set) var keys = Interner()
    private(set) var keyInfo: [KeyInfo] = []
    private(set) var forms = Interner()
    /// Per form: its letters lower-cased (in `words`) when it is an acronym ("EU" → "eu"), else -1.
    private(set) var acronym: [Int32] = []
    /// Key words, surnames and acronyms, interned together so that one compares with another.
    private(set) var words = Interner()

    package init() {}

    package var count: Int { records.count }

    package mutating func reserveCapacity(_ n: Int) { records.reserveCapacity(n) }

    /// Adds the record of one entity: its key (`EntityKey.of`), the forms its mentions write in
    /// reading order with how often each is written.
    package mutating func append(article: Int, key: String, titled: Bool, forms written: [String], counts: [Int],
                                 gender: Gender = .unknown, personEvidence: PersonEvidence = .strong) {
        let k = keys.id(key)
        if Int(k) == keyInfo.count { keyInfo.append(info(of: key)) }
        var record = Record(article: article, key: k, firstForm: -1, firstCount: 0, moreStart: Int32(more.count), moreCount: 0,
                            titled: titled, gender: gender, personEvidence: personEvidence)
        for (i, (text, count)) in zip(written, counts).enumerated() {
            let f = forms.id(text)
            if Int(f) == acronym.count { acronym.append(EntityMerge.isAcronym(text) ? words.id(text.lowercased()) : -1) }
            if i == 0 { (record.firstForm, record.firstCount) = (f, Int32(count)) } else {
                more.append((f, Int32(count)))
                record.moreCount += 1
            }
        }
        records.append(record)
    }

    private mutating func info(of key: String) -> KeyInfo {
        let utf8 = key.utf8
        let bar = utf8.firstIndex(of: 0x7C)
        let type = EntityType(rawValue: String(key[..<(bar ?? key.endIndex)])) ?? .other
        let word = bar.map { key[utf8.index(after: $0)...] } ?? key[...]
        let isFull = utf8.contains(0x20)
        return KeyInfo(type: type, isFull: isFull, word: isFull ? -1 : words.id(String(word)),
                       surname: isFull && type == .person ? words.id(String(NameKey.surname(ofKeyWords: word))) : -1)
    }

    /// Calls `body` with each form of record `r` and its count, in reading order.
    @inline(__always)
    func forEachForm(_ r: Int, _ body: (_ form: Int32, _ count: Int) -> Void) {
        let record = records[r]
        guard record.firstForm >= 0 else { return }
        body(record.firstForm, Int(record.firstCount))
        for i in Int(record.moreStart)..<Int(record.moreStart + record.moreCount) { body(more[i].form, Int(more[i].count)) }
    }

    /// How many mentions record `r` stands for.
    func mentions(_ r: Int) -> Int {
        var n = 0
        forEachForm(r) { n += $1 }
        return n
    }

    /// The forms of record `r` as written.
    func writtenForms(_ r: Int) -> [String] {
        var out: [String] = []
        forEachForm(r) { f, _ in out.append(forms[f]) }
        return out
    }
}
