// sift-train: trains the speaker chooser on gold quotes with source offsets (PolNeAR train),
// reports its accuracy on a dev set, and writes the generated weights file.
//
//   swift run -c release sift-train                      # the defaults below, writes the weights
//   swift run -c release sift-train --report             # also the learning curve and each feature group's worth
//
// Options: --gold FILE --articles DIR (train), --dev-gold FILE --dev-articles DIR, --epochs N,
// --out FILE (the generated Swift file), --no-write, --report.
import Foundation
import SiftKit

struct Options {
    var gold = "../shared/gold/polnear-train.json"
    var articles = "../shared/corpus/polnear/train"
    var devGold = "../shared/gold/polnear-dev.json"
    var devArticles = "../shared/corpus/polnear/dev"
    var epochs = 10
    var out = "Sources/SiftKit/Extraction/Quotes/Chooser/Generated/ChooserWeights.swift"
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
        case "--out": o.out = value()
        case "--no-write": o.write = false
        case "--report": o.report = true
        case "-h", "--help":
            print("usage: sift-train [--gold FILE] [--articles DIR] [--dev-gold FILE] [--dev-articles DIR] [--epochs N] [--out FILE] [--no-write] [--report]")
            exit(0)
        default: fail("unknown option \(args[i]) (see --help)")
        }
        i += 1
    }
    return o
}

/// The gold's articles with their quotes, read as the evaluator reads them.
func load(gold path: String, articles dir: String) -> [(file: String, text: String, quotes: [ChooserTraining.GoldQuote])] {
    guard let data = FileManager.default.contents(atPath: path),
          let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let articles = json["articles"] as? [[String: Any]] else { fail("cannot read gold \(path)") }
    return articles.compactMap { a in
        guard let file = a["file"] as? String,
              let bytes = FileManager.default.contents(atPath: dir + "/" + file) else { return nil }
        let quotes = (a["quotes"] as? [[String: Any]] ?? []).compactMap { q -> ChooserTraining.GoldQuote? in
            guard let s = q["start"] as? Int, let e = q["end"] as? Int else { return nil }
            return ChooserTraining.GoldQuote(start: s, end: e, speakerStart: q["speaker_start"] as? Int, speakerEnd: q["speaker_end"] as? Int,
                                             speaker: q["speaker"] as? String, speakerText: q["speaker_text"] as? String)
        }
        return (file, String(decoding: bytes, as: UTF8.self), quotes)
    }
}

func examples(_ set: [(file: String, text: String, quotes: [ChooserTraining.GoldQuote])], informative: Bool = true) -> [ChooserTraining.Example] {
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

if o.write {
    let day = ISO8601DateFormatter().string(from: Date()).prefix(10)
    let provenance = [
        "Trained \(day) on \(o.gold) (\(train.count) articles, \(trainExamples.count) quotes with a choice), \(o.epochs) epochs, averaged perceptron.",
        "Features: \(ChooserFeatures.names.count) in groups \(FeatureGroup.allCases.map(\.name).joined(separator: ", ")).",
        "Dev (\(o.devGold)): choice accuracy cascade \(f(cascadeDev)), trained \(f(modelDev)).",
    ]
    let source = ChooserTraining.weightsSource(model, provenance: provenance)
    let tmp = o.out + ".tmp"
    guard FileManager.default.createFile(atPath: tmp, contents: Data(source.utf8)) else { fail("cannot write \(tmp)") }
    _ = try? FileManager.default.removeItem(atPath: o.out)
    do { try FileManager.default.moveItem(atPath: tmp, toPath: o.out) } catch { fail("cannot write \(o.out): \(error)") }
    print("wrote \(o.out)")
}
