package nl.cursusschrift.yaml;

/** One thing wrong in a content file, said so an author can find and fix it. */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
