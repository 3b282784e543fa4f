/// sift's version, as the command line, the REPL banner and saved notebooks show it.
public enum SiftVersion {
    public static let string = "0.1.0"
}
