// sift-train: trains the speaker chooser on gold quotes with source offsets (PolNeAR train),
// reports its accuracy on a dev set, and writes the generated weights file.
//
//   swift run -c release sift-train                      # the defaults below, writes the weights
//   swift run -c release sift-train --report             # also the learning curve and each feature group's worth
//
// It also trains the antecedent ranker (who a "he"/"she" or a description stands for) on train's
// named sources ranked as if they were pronouns, measured on dev's pronouns, and writes its weights.
//
// Options: --gold FILE --articles DIR (train), --dev-gold FILE --dev-articles DIR, --epochs N,
// --ranker-epochs N, --ranker-rate R, --ranker-exclude GROUP,…, --out FILE and --ranker-out FILE (the generated Swift files),
// --no-write, --report.
import Foundation
import SiftKit

struct Options {
    var gold = "../shared/gold/polnear-train.json"
    var articles = "../shared/corpus/polnear/train"
    var devGold = "../shared/gold/polnear-dev.json"
    var devArticles = "../shared/corpus/polnear/dev"
    var epochs = 10
    // The ranker's settings, chosen on dev's pronouns: a small step from the hand-written weights,
    // and no salience (a person named often is named again by name, not as "he": the names
    // training reads teach salience the wrong way round for pronouns).
    var rankerEpochs = 2
    var rankerRate = 0.01
    var rankerExcluded: Set<AntecedentFeatureGroup> = [.salience]
    var out = "Sources/SiftKit/Extraction/Quotes/Chooser/Generated/ChooserWeights.swift"
    var rankerOut = "Sources/SiftKit/Extraction/Quotes/Antecedents/Generated/AntecedentWeights.swift"
    var write = true
    var report = false
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("sift-train: \(message)\n".utf8))
    exit(2)
}

func parse(_ args: [String]) -> Options {
    var o = Options()
    var i = 0
    func value() -> String {
        i += 1
        guard i < args.count else { fail("\(args[i - 1]) needs a value") }
        return args[i]
    }
    while i < args.count {
        switch args[i] {
        case "--gold": o.gold = value()
        case "--articles": o.articles = value()
        case "--dev-gold": o.devGold = value()
        case "--dev-articles": o.devArticles = value()
        case "--epochs": guard let n = Int(value()), n > 0 else { fail("--epochs takes a positive number") }; o.epochs = n
        case "--ranker-epochs": guard let n = Int(value()), n >= 0 else { fail("--ranker-epochs takes a number ≥ 0") }; o.rankerEpochs = n
        case "--ranker-rate": guard let r = Double(value()), r > 0 else { fail("--ranker-rate takes a positive number") }; o.rankerRate = r
        case "--ranker-exclude":
            for name in value().split(separator: ",") {
                guard let g = AntecedentFeatureGroup.allCases.first(where: { $0.name == name }) else { fail("no antecedent feature group \(name)") }
                o.rankerExcluded.insert(g)
            }
        case "--out": o.out = value()
        case "--ranker-out": o.rankerOut = value()
        case "--no-write": o.write = false
        case "--report": o.report = true
        case "-h", "--help":
            print("usage: sift-train [--gold FILE] [--articles DIR] [--dev-gold FILE] [--dev-articles DIR] [--epochs N] [--ranker-epochs N] [--ranker-rate R] [--out FILE] [--ranker-out FILE] [--no-write] [--report]")
            exit(0)
        default: fail("unknown option \(args[i]) (see --help)")
        }
        i += 1
    }
    return o
}

/// The gold's articles with their quotes, read as the evaluator reads them.
typealias GoldArticle = (file: String, text: String, quotes: [ChooserTraining.GoldQuote], sources: [ChooserTraining.GoldQuote])

/// The gold's articles with their quotes (and, in `sources`, their quotes and reported speech:
/// every item whose source the gold marks), read as the evaluator reads them.
func load(gold path: String, articles dir: String) -> [GoldArticle] {
    guard let data = FileManager.default.contents(atPath: path),
          let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let articles = json["articles"] as? [[String: Any]] else { fail("cannot read gold \(path)") }
    return articles.compactMap { a in
        guard let file = a["file"] as? String,
              let bytes = FileManager.default.contents(atPath: dir + "/" + file) else { return nil }
        func items(_ key: String) -> [ChooserTraining.GoldQuote] {
            (a[key] as? [[String: Any]] ?? []).compactMap { q -> ChooserTraining.GoldQuote? in
                guard let s = q["start"] as? Int, let e = q["end"] as? Int else { return nil }
                return ChooserTraining.GoldQuote(start: s, end: e, speakerStart: q["speaker_start"] as? Int, speakerEnd: q["speaker_end"] as? Int,
                                                 speaker: q["speaker"] as? String, speakerText: q["speaker_text"] as? String)
            }
        }
        let quotes = items("quotes")
        return (file, String(decoding: bytes, as: UTF8.self), quotes, quotes + items("indirect"))
    }
}

func examples(_ set: [GoldArticle], informative: Bool = true) -> [ChooserTraining.Example] {
    set.flatMap { ChooserTraining.examples(text: $0.text, name: $0.file, gold: $0.quotes, informative: informative) }
}

let o = parse(Array(CommandLine.arguments.dropFirst()))
let train = load(gold: o.gold, articles: o.articles)
let dev = load(gold: o.devGold, articles: o.devArticles)
let trainExamples = examples(train)
let devExamples = examples(dev)
let devAll = examples(dev, informative: false)
print("train: \(train.count) articles, \(trainExamples.count) quotes with a choice to learn from")
print("dev:   \(dev.count) articles, \(devExamples.count) such quotes (\(devAll.count) matched quotes in all)")
let model = ChooserTraining.train(trainExamples, epochs: o.epochs)
let cascadeDev = ChooserTraining.accuracy(.cascade, devExamples)
let modelDev = ChooserTraining.accuracy(model, devExamples)
let f = { (x: Double) in String(format: "%.3f", x) }
print("choice accuracy on dev (quotes with a choice): cascade \(f(cascadeDev)), trained \(f(modelDev))")
let oracle = Double(devAll.filter { $0.right.contains(true) }.count) / Double(max(devAll.count, 1))
print("dev quotes with a right candidate at all (the ceiling): \(f(oracle))")
print("speaker right on dev (every matched quote):    cascade \(f(ChooserTraining.accuracy(.cascade, devAll))), trained \(f(ChooserTraining.accuracy(model, devAll)))")

if o.report {
    print("\nlearning curve (dev choice accuracy):")
    for part in [4, 2, 1] {
        let slice = Array(train.prefix(train.count / part))
        let m = ChooserTraining.train(examples(slice), epochs: o.epochs)
        print("  \(part == 1 ? "all" : "1/\(part)") of train (\(slice.count) articles): \(f(ChooserTraining.accuracy(m, devExamples)))")
    }
    print("\nwithout each feature group (dev choice accuracy; all groups: \(f(modelDev))):")
    for g in FeatureGroup.allCases where g != .bias {
        let m = ChooserTraining.train(trainExamples, epochs: o.epochs, excluding: [g])
        print("  without \(g.name): \(f(ChooserTraining.accuracy(m, devExamples)))")
    }
}

// The antecedent ranker.
let trainRankings = train.map { AntecedentTraining.examples(text: $0.text, name: $0.file, gold: $0.sources).names }
let rankerTrain = trainRankings.flatMap { $0 }
let devRankings = dev.map { AntecedentTraining.examples(text: $0.text, name: $0.file, gold: $0.sources) }
let devPronouns = devRankings.flatMap(\.pronouns)
let devNames = devRankings.flatMap(\.names)
let devPronounsAll = dev.flatMap { AntecedentTraining.examples(text: $0.text, name: $0.file, gold: $0.sources, informative: false).pronouns }
let trainedRanker = AntecedentTraining.train(rankerTrain, epochs: o.rankerEpochs, rate: o.rankerRate, excluding: o.rankerExcluded)
// The default is whichever scores better on dev's pronouns: the trained weights, or the
// hand-written ones training starts from (train has no resolved pronouns to learn from, only names).
let handDev = AntecedentTraining.accuracy(.hand, devPronouns), trainedDev = AntecedentTraining.accuracy(trainedRanker, devPronouns)
let ranker = trainedDev >= handDev ? trainedRanker : .hand
print("\nantecedent ranker: \(rankerTrain.count) named sources in train ranked as pronouns (with a choice)")
print("dev: \(devPronouns.count) pronouns with a choice (\(devPronounsAll.count) with a resolved speaker in all), \(devNames.count) named sources")
print("dev pronouns, choice accuracy:   hand \(f(handDev)), trained \(f(trainedDev))")
print("dev pronouns, right (all):       hand \(f(AntecedentTraining.accuracy(.hand, devPronounsAll))), trained \(f(AntecedentTraining.accuracy(trainedRanker, devPronounsAll)))")
print("dev names ranked as pronouns:    hand \(f(AntecedentTraining.accuracy(.hand, devNames))), trained \(f(AntecedentTraining.accuracy(trainedRanker, devNames)))")
print("default ranker: \(trainedDev >= handDev ? "trained" : "hand-written (it scores better on dev's pronouns)")")
if o.report {
    let zero = [Double](repeating: 0, count: AntecedentFeatures.names.count)
    let fromZero = AntecedentTraining.train(rankerTrain, epochs: o.rankerEpochs, rate: o.rankerRate, from: zero)
    print("trained from zero weights instead of the hand-written ones: dev pronouns \(f(AntecedentTraining.accuracy(fromZero, devPronouns)))")
    print("\nlearning curve (dev pronoun choice accuracy):")
    for part in [4, 2, 1] {
        let slice = trainRankings.prefix(trainRankings.count / part).flatMap { $0 }
        let m = AntecedentTraining.train(slice, epochs: o.rankerEpochs, rate: o.rankerRate)
        print("  \(part == 1 ? "all" : "1/\(part)") of train (\(slice.count) rankings): \(f(AntecedentTraining.accuracy(m, devPronouns)))")
    }
    print("\nwithout each feature group (dev pronoun choice accuracy; all groups: \(f(trainedDev))):")
    for g in AntecedentFeatureGroup.allCases {
        let m = AntecedentTraining.train(rankerTrain, epochs: o.rankerEpochs, rate: o.rankerRate, excluding: [g])
        print("  without \(g.name): \(f(AntecedentTraining.accuracy(m, devPronouns)))")
    }
}

/// Writes `source` to `path` through a temporary file.
func write(_ source: String, to path: String) {
    let tmp = path + ".tmp"
    guard FileManager.default.createFile(atPath: tmp, contents: Data(source.utf8)) else { fail("cannot write \(tmp)") }
    _ = try? FileManager.default.removeItem(atPath: path)
    do { try FileManager.default.moveItem(atPath: tmp, toPath: path) } catch { fail("cannot write \(path): \(error)") }
    print("wrote \(path)")
}

if o.write {
    let day = ISO8601DateFormatter().string(from: Date()).prefix(10)
    let provenance = [
        "Trained \(day) on \(o.gold) (\(train.count) articles, \(trainExamples.count) quotes with a choice), \(o.epochs) epochs, averaged perceptron.",
        "Features: \(ChooserFeatures.names.count) in groups \(FeatureGroup.allCases.map(\.name).joined(separator: ", ")).",
        "Dev (\(o.devGold)): choice accuracy cascade \(f(cascadeDev)), trained \(f(modelDev)).",
    ]
    write(ChooserTraining.weightsSource(model, provenance: provenance), to: o.out)
    let rankerProvenance = [
        "Trained \(day) on \(o.gold) (\(train.count) articles: \(rankerTrain.count) named sources ranked as if they were pronouns), "
            + "\(o.rankerEpochs) epochs at rate \(o.rankerRate), averaged perceptron from the hand-written weights.",
        "Features: \(AntecedentFeatures.names.count) in groups \(AntecedentFeatureGroup.allCases.map(\.name).joined(separator: ", ")).",
        "Dev (\(o.devGold)): pronoun choice accuracy hand \(f(handDev)), trained \(f(trainedDev)) (\(devPronouns.count) pronouns with a choice).",
        trainedDev >= handDev ? "Values: the trained weights."
            : "Values: the hand-written weights, which score better on dev's pronouns than the trained ones (\(trainedRanker.weights.map { String(format: "%.3f", $0) }.joined(separator: " "))).",
    ]
    write(AntecedentTraining.weightsSource(ranker, provenance: rankerProvenance), to: o.rankerOut)
}
