package nl.cursusschrift.web;

/**
 * What the layout needs on every page besides the page's own model.
 *
 * @param path        the request path, to mark the current navigation item
 * @param viewer      the signed-in person, or null
 * @param csrf        the token every form posts back; asked for only by pages with a form, so a visitor
 *                    reading a lesson gets no cookie
 * @param flash       a one-time message after a redirect, or null
 * @param unread      released feedback the learner has not opened yet
 * @param waiting     submissions waiting for a review in a staff member's cohorts (the badge on "Nakijken")
 */
public record Chrome(
        String courseTitle,
        String path,
        Viewer viewer,
        java.util.function.Supplier<String> csrf,
        String flash,
        int unread,
        String assetVersion,
        int waiting) {

    public String csrfToken() {
        return csrf.get();
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public boolean isLearner() {
        return viewer != null && viewer.role().equals("learner");
    }

    public boolean isStaff() {
        return viewer != null && !viewer.role().equals("learner");
    }

    public boolean isAdmin() {
        return viewer != null && viewer.role().equals("admin");
    }

    /** aria-current for a navigation link: the link's section contains this page. */
    public String current(String prefix) {
        boolean here = prefix.equals("/") ? path.equals("/") || path.startsWith("/les/") : path.startsWith(prefix);
        return here ? "page" : null;
    }

    /** The page's meta description: its own, or one made from its title and the course. */
    public String description(String title, String own) {
        if (own != null && !own.isBlank()) return own;
        return title + ": " + courseTitle + ", een cursus in stappen, elke week een opdracht, een eigen schrift om terug te lezen en feedback van je docent.";
    }

    /** Makes the chrome of a request, and of a page outside any request (Jetty's own error pages). */
    public interface Source extends java.util.function.Function<io.javalin.http.Context, Chrome> {
        /** A visitor's chrome: no one signed in, no form token, no flash. */
        Chrome outsideRequest();
    }

    /** The person shown in the header. */
    public record Viewer(String id, String name, String role) {
    }
}
