package nl.cursusschrift.yaml;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while one content file is read, so a check reports them all at once. */
public final class Problems {
    private final String file;
    private final int lineOffset;
    private final List<ContentProblem> found;

    /**
     * @param lineOffset added to YAML's 0-based line numbers to get the line in the file
     *                   (1 for a plain YAML file, 2 for front matter after the opening ---)
     */
    public Problems(String file, int lineOffset, List<ContentProblem> sink) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.found = sink;
    }

    public Problems(String file, int lineOffset) {
        this(file, lineOffset, new ArrayList<>());
    }

    public void add(int yamlLine, String message) {
        found.add(new ContentProblem(file, yamlLine < 0 ? 0 : yamlLine + lineOffset, message));
    }

    public void addAtFileLine(int fileLine, String message) {
        found.add(new ContentProblem(file, fileLine, message));
    }

    public String file() {
        return file;
    }

    public List<ContentProblem> list() {
        return found;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }
}
