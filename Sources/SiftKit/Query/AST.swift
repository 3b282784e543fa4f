/// The syntax tree of a statement. Every node keeps the byte range it was parsed from, so that
/// evaluation errors can point at it too.
package indirect enum Expr: Equatable, Sendable {
    case field(String, Range<Int>)
    case literal(Value, Range<Int>)
    case unary(UnaryOp, Expr, Range<Int>)
    case binary(BinaryOp, Expr, Expr, opRange: Range<Int>)
    /// `x matches /re/`
    case matches(Expr, pattern: String, flags: String, Range<Int>)
    /// `x in ("a", "b")`, `x not in (…)`
    case inList(Expr, [Expr], negated: Bool, Range<Int>)
    case call(String, [Expr], Range<Int>)

    package var range: Range<Int> {
        switch self {
        case .field(_, let r), .literal(_, let r), .unary(_, _, let r), .matches(_, _, _, let r),
             .inList(_, _, _, let r), .call(_, _, let r):
            return r
        case .binary(_, let a, let b, _):
            return a.range.lowerBound..<b.range.upperBound
        }
    }
}

package enum UnaryOp: String, Sendable { case not }

package enum BinaryOp: String, Sendable {
    case and, or
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case contains = "~", notContains = "!~"
}

/// `in 1, "business/001.txt"`: which articles a source reads.
package struct ArticleRef: Equatable, Sendable {
    package var text: String
    package var range: Range<Int>
}

/// What `kwic` looks for.
package enum KwicPattern: Equatable, Sendable {
    case phrase(String)
    case regex(String, flags: String)
}

/// Where a pipeline's rows come from.
package enum SourceSpec: Equatable, Sendable {
    /// A source (`quotes`) or a binding (`z`).
    case named(String)
    /// `kwic "ceasefire" width 30`
    case kwic(KwicPattern, width: Int?)
    /// `compare 1 2`
    case compare(ArticleRef, ArticleRef)
}

package struct SourceClause: Equatable, Sendable {
    package var spec: SourceSpec
    package var range: Range<Int>
    package var articles: [ArticleRef]

    /// The source's name, for messages.
    package var name: String {
        switch spec {
        case .named(let n): return n
        case .kwic: return "kwic"
        case .compare: return "compare"
        }
    }
}

package struct SortKey: Equatable, Sendable {
    package var expr: Expr
    package var descending: Bool
}

package struct SelectItem: Equatable, Sendable {
    package var expr: Expr
    package var alias: String?
}

/// What a group or the whole table is reduced to.
package enum Aggregate: Equatable, Sendable {
    case count
    case sum(Expr), avg(Expr), min(Expr), max(Expr), list(Expr)

    package var name: String {
        switch self {
        case .count: return "count"
        case .sum: return "sum"
        case .avg: return "avg"
        case .min: return "min"
        case .max: return "max"
        case .list: return "list"
        }
    }
}

/// A pipeline stage. Adding a case makes every `switch` over stages fail to compile until handled.
package enum Stage: Equatable, Sendable {
    case filter(Expr, Range<Int>)
    case select([SelectItem], Range<Int>)
    case sort([SortKey], Range<Int>)
    case take(Int, Range<Int>)
    /// `count`, `sum f`, `avg f`, `min f`, `max f`, `list f`: over the groups of a preceding
    /// `group by`, else over the whole table.
    case aggregate(Aggregate, Range<Int>)
    /// `group by f, g [aggregate]`
    case group([Expr], Aggregate?, Range<Int>)
    /// `distinct f, g`
    case distinct([Expr], Range<Int>)

    package var range: Range<Int> {
        switch self {
        case .filter(_, let r), .select(_, let r), .sort(_, let r), .take(_, let r), .aggregate(_, let r),
             .group(_, _, let r), .distinct(_, let r):
            return r
        }
    }
}

package struct Pipeline: Equatable, Sendable {
    package var source: SourceClause
    package var stages: [Stage]
    /// `| chart bar`: the last stage, which draws the result rather than changing it (so it is
    /// no `Stage`: the table stages never see it).
    package var chart: ChartSpec? = nil
}

/// `chart bar|line|stacked` at a pipeline's end.
package struct ChartSpec: Equatable, Sendable {
    package var kind: ChartKind
    package var range: Range<Int>
}

package enum ChartKind: String, Equatable, Sendable, CaseIterable {
    /// One bar per row: a label and a number.
    case bar
    /// A number over an ordered first column (dates, years, paragraphs).
    case line
    /// One bar per value of the first column, split by the second column's values.
    case stacked
}

package enum Statement: Equatable, Sendable {
    case pipeline(Pipeline)
    /// `let NAME = PIPELINE`
    case binding(String, Pipeline, Range<Int>)
    /// `show ART`: the article with its quotes marked.
    case show(ArticleRef, Range<Int>)
    /// `why quote N`: the evidence behind an extracted item.
    case why(WhyTarget, Int, Range<Int>)
    /// `why entity "Volodymyr Zelensky"`, `why source "Susan Colbourn"`: by name.
    case whyNamed(WhyTarget, String, Range<Int>)
}

package enum WhyTarget: String, Sendable, CaseIterable {
    case quote, entity, source

    /// The source that lists these: quotes, entities, sources.
    package var plural: String { self == .entity ? "entities" : rawValue + "s" }
}

extension Expr {
    /// Adds the names of the fields this expression reads.
    func collectFields(into fields: inout Set<String>) {
        switch self {
        case .field(let name, _): fields.insert(name.lowercased())
        case .literal: break
        case .unary(_, let e, _): e.collectFields(into: &fields)
        case .binary(_, let a, let b, _):
            a.collectFields(into: &fields)
            b.collectFields(into: &fields)
        case .matches(let e, _, _, _): e.collectFields(into: &fields)
        case .inList(let e, let items, _, _):
            e.collectFields(into: &fields)
            items.forEach { $0.collectFields(into: &fields) }
        case .call(_, let args, _): args.forEach { $0.collectFields(into: &fields) }
        }
    }
}
