import SiftKit

extension Shell {
    static let metaCommands = [".help", ".quit", ".exit", ".format", ".load", ".vars", ".run", ".save", ".save!", ".open",
                               ".history", ".timer", ".timeout", ".pager", ".wrap", ".schema", ".output", ".once"]
    /// Other shells' names for sift's commands, suggested when typed.
    static let otherNames = [".read": ".run", ".tables": ".schema", ".show": ".vars", ".import": ".load"]

    /// A dot command. Those that change what later statements see (.format, .load, .run) are
    /// recorded in the notebook so that it replays the same way.
    func meta(_ line: String, location: String? = nil) -> Outcome {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let command = parts.first?.lowercased() else { return .ok }
        let args = Array(parts.dropFirst())
        switch command {
        case ".quit", ".exit", ".q":
            return .quit
        case ".help", ".h":
            Terminal.write(Help.text(topic: args.first))
            return .ok
        case ".format", ".mode":
            guard let name = args.first else {
                Terminal.write("format: \(format.rawValue)\n")
                return .ok
            }
            guard let f = OutputFormat.named(name) else {
                return fail("unknown format '\(name)'; choose one of: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "), location: location)
            }
            format = f
            record(line)
            return .ok
        case ".load":
            guard !args.isEmpty else { return fail(".load needs a file, folder or pattern: .load PATH…", location: location) }
            let before = corpus.count
            let report = load(args)
            record(line)
            if interactive {
                Terminal.writeError("loaded \(corpus.count - before) article\(corpus.count - before == 1 ? "" : "s")"
                                    + (report.duplicates > 0 ? " (\(report.duplicates) already loaded)" : "") + "\n")
            }
            return report.hadFailures ? .failed : .ok
        case ".vars":
            let bindings = corpus.bindings
            let table = Table(columns: [Column("name", .string), Column("rows", .int), Column("columns", .string)],
                              rows: bindings.keys.sorted().map { [.string($0), .int(bindings[$0]!.count), .string(bindings[$0]!.columnNames.joined(separator: ", "))] })
            Terminal.write(TableWriter.render(table, as: format))
            return .ok
        case ".run":
            guard let path = args.first else { return fail(".run needs a script: .run FILE", location: location) }
            switch ScriptFile.read(path) {
            case .success(let text): return runScript(text, name: path) ? .ok : .failed
            case .failure(let e): return fail("\(e.path): \(e.reason)", location: location)
            }
        case ".save", ".save!":
            guard let path = args.first else { return fail("\(command) needs a file name: \(command) FILE.sift.md", location: location) }
            return save(to: path, overwrite: command == ".save!", location: location)
        case ".open":
            guard let path = args.first else { return fail(".open needs a notebook: .open FILE.sift.md", location: location) }
            return open(path, location: location)
        case ".history":
            Terminal.write(history.entries.enumerated().map { "\(String($0.offset + 1).leftPadded(5))  \(TerminalText.sanitize($0.element.replacingAll("\n", with: " ")))" }.joined(separator: "\n") + "\n")
            return .ok
        case ".timer":
            return setting("timer", args, &timer, location: location)
        case ".timeout":
            guard let v = args.first else {
                Terminal.write("timeout: " + (timeout.map { "\(Shell.seconds($0)) s" } ?? "off") + "\n")
                return .ok
            }
            if v.lowercased() == "off" { timeout = nil; return .ok }
            guard let s = Double(v), s > 0, s.isFinite else { return fail(".timeout takes a number of seconds or off, not '\(TerminalText.sanitize(v))'", location: location) }
            timeout = s
            return .ok
        case ".schema":
            do {
                Terminal.write(TableWriter.render(try Schema.table(args.first, corpus: corpus), as: format))
            } catch {
                return fail(error.message + (error.hint.map { " — " + $0 } ?? ""), location: location)
            }
            return .ok
        case ".output", ".once":
            guard let path = args.first else {
                if command == ".once" { return fail(".once needs a file: .once FILE", location: location) }
                redirect = nil
                return .ok
            }
            do { redirect = try OutputRedirect(path: path, once: command == ".once") } catch {
                return fail("\(TerminalText.sanitize(path)): \(error.reason)", location: location)
            }
            return .ok
        case ".pager":
            return setting("pager", args, &usePager, location: location)
        case ".wrap":
            return setting("wrap", args, &wrap, location: location)
        default:
            let hint = (Shell.otherNames[command] ?? Suggest.closest(to: command, among: Shell.metaCommands)).map { " — did you mean \($0)?" } ?? " — see .help"
            return fail("unknown command '\(command)'\(hint)", location: location)
        }
    }
}

extension Shell {
    /// An on/off setting: `.NAME on|off` sets it, `.NAME` alone says its state ("pager: on").
    func setting(_ name: String, _ args: [String], _ value: inout Bool, location: String?) -> Outcome {
        switch args.first?.lowercased() {
        case nil: Terminal.write("\(name): \(value ? "on" : "off")\n")
        case "on": value = true
        case "off": value = false
        case let other?: return fail(".\(name) takes on or off, not '\(other)'", location: location)
        }
        return .ok
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
}
