package nl.cursusschrift.notebook;

import java.util.List;
import nl.cursusschrift.course.Course;

/**
 * /schrift: the progress, the one next thing to do, every step with its answer, and search.
 *
 * @param hits      null when nothing was searched
 * @param printedOn today, for the title page of the print ("2 december 2026")
 */
public record NotebookPage(Course course, String name, List<Notebook.Entry> entries, int done, Next next, String query,
                           List<nl.cursusschrift.search.Search.Hit> hits, String printedOn) {

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

    /** The heading of the search results, said once: what was found, or that nothing was. */
    public String hitsHeading() {
        return (hits == null || hits.isEmpty() ? "Niets gevonden voor ‘" : "Gevonden voor ‘") + query + "’";
    }

    /** Steps whose feedback this page shows unread: the page posts that it showed them. */
    public List<Integer> unreadSteps() {
        return entries.stream().filter(Notebook.Entry::unread).map(Notebook.Entry::step).toList();
    }

    public List<String> unreadReplies() {
        return entries.stream().flatMap(e -> e.unreadReplies().stream()).toList();
    }

    /** For the print's title page: the steps left out because nothing was written in them, or null when none. */
    public String leftOut() {
        List<Integer> empty = entries.stream().filter(Notebook.Entry::empty).map(Notebook.Entry::step).toList();
        if (empty.isEmpty()) return null;
        return (empty.size() == 1 ? "Stap " : "Stappen ") + nl.cursusschrift.text.Dutch.list(empty) + (empty.size() == 1 ? " staat" : " staan")
                + " niet in deze afdruk: daar is nog niets geschreven.";
    }
}
