package nl.cursusschrift.review;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.cursusschrift.enrolment.Cohort;

/**
 * What the review queue shows, from the URL. Values that make no sense are dropped, never an error:
 * a filter link someone mistyped still gives a queue.
 *
 * @param state    submitted (default), revision or reviewed
 * @param afterAt  keyset position (submitted_at of the last row of the previous page), or null
 */
public record QueueFilter(Integer step, String state, String cohortId, String search, Long afterAt, String afterId) {
    static final Set<String> STATES = Set.of("submitted", "revision", "reviewed");

    public static QueueFilter from(Context ctx, List<Cohort> visibleCohorts) {
        String stepText = ctx.queryParam("stap");
        Integer step = stepText != null && stepText.matches("\\d{1,2}") ? Integer.valueOf(stepText) : null;
        String state = ctx.queryParam("status");
        if (state == null || !STATES.contains(state)) state = "submitted";
        String asked = ctx.queryParam("groep");
        String cohort = asked != null && visibleCohorts.stream().anyMatch(c -> c.id().equals(asked)) ? asked : null;
        String search = ctx.queryParam("zoek");
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > 100) search = search.substring(0, 100);
        Long afterAt = null;
        String afterId = null;
        String after = ctx.queryParam("na");
        if (after != null && after.matches("\\d{1,15}\\|[A-Za-z0-9_-]{1,30}")) {
            afterAt = Long.valueOf(after.substring(0, after.indexOf('|')));
            afterId = after.substring(after.indexOf('|') + 1);
        }
        return new QueueFilter(step, state, cohort, search, afterAt, afterId);
    }

    public QueueFilter after(long at, String id) {
        return new QueueFilter(step, state, cohortId, search, at, id);
    }

    public QueueFilter first() {
        return new QueueFilter(step, state, cohortId, search, null, null);
    }

    /** The filter as a query string (without the page position), to carry from queue to review and back. */
    public String query() {
        StringBuilder q = new StringBuilder();
        if (step != null) q.append("&stap=").append(step);
        if (!state.equals("submitted")) q.append("&status=").append(state);
        if (cohortId != null) q.append("&groep=").append(encode(cohortId));
        if (search != null) q.append("&zoek=").append(encode(search));
        return q.length() == 0 ? "" : "?" + q.substring(1);
    }

    public String pageQuery() {
        String base = query();
        if (afterAt == null) return base;
        return base + (base.isEmpty() ? "?" : "&") + "na=" + afterAt + "%7C" + encode(afterId);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
