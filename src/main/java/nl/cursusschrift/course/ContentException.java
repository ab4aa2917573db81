package nl.cursusschrift.course;

import java.util.List;
import java.util.stream.Collectors;
import nl.cursusschrift.yaml.ContentProblem;

/** The course cannot be loaded; carries every problem found, not just the first. */
public class ContentException extends RuntimeException {
    private final List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
