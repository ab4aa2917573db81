package nl.cursusschrift.enrolment;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which learners a staff page lists, from its URL: one of the staff member's cohorts ({@code groep})
 * and part of a name ({@code zoek}). A cohort they may not see is ignored, never an error.
 */
public record LearnerFilter(String cohortId, String search) {

    public static LearnerFilter of(Context ctx, List<Cohort> visible) {
        String asked = ctx.queryParam("groep");
        String cohort = asked != null && visible.stream().anyMatch(c -> c.id().equals(asked)) ? asked : null;
        String search = ctx.queryParam("zoek");
        search = search == null || search.isBlank() ? null : search.strip().substring(0, Math.min(100, search.strip().length()));
        return new LearnerFilter(cohort, search);
    }

    /** The filter as a query string ("?groep=...&zoek=..."), empty when there is none. */
    public String query() {
        String q = (cohortId == null ? "" : "&groep=" + encode(cohortId)) + (search == null ? "" : "&zoek=" + encode(search));
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }

    /** The keyset position "name|id" of a list page ({@code na}), or null. */
    public static String[] after(Context ctx) {
        String after = ctx.queryParam("na");
        if (after == null || !after.contains("|") || after.length() >= 200) return null;
        return new String[] {after.substring(0, after.lastIndexOf('|')), after.substring(after.lastIndexOf('|') + 1)};
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
