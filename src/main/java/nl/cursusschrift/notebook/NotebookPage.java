package nl.cursusschrift.notebook;

import java.util.List;
import nl.cursusschrift.course.Course;

/**
 * /schrift: the progress, the one next thing to do, every step with its answer, and search.
 *
 * @param hits null when nothing was searched
 */
public record NotebookPage(Course course, String name, List<Notebook.Entry> entries, int done, Next next, String query,
                           List<nl.cursusschrift.search.Search.Hit> hits) {

    /** The next thing to do, said once at the top. */
    public record Next(String text, String href, String button) {
    }

    public int total() {
        return entries.size();
    }

    public int percent() {
        return total() == 0 ? 0 : Math.round(done * 100f / total());
    }

    public String titleOf(int step) {
        return course.lesson(step).map(l -> l.title()).orElse("Stap " + step);
    }
}
