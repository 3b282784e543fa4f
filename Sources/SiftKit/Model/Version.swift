/// sift's version, shown by `sift --version`, the REPL banner and saved notebooks.
public enum SiftVersion {
    public static let string = "0.1.0"
}
