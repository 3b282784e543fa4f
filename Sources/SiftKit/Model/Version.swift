/// sift's version, as the command line, the REPL banner and saved notebooks show it.
package enum SiftVersion {
    package static let string = "0.1.0"
}
