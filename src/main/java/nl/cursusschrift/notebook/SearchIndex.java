package nl.cursusschrift.notebook;

import nl.cursusschrift.db.Ids;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the search text of a learner's work up to date, inside the same transaction as the write
 * it mirrors: the current draft, every revision, and released feedback.
 */
public final class SearchIndex {
    private SearchIndex() {
    }

    /** The token that ties a search document to its learner (the FTS5 'owner' column). */
    static String owner(String userId) {
        return "u" + Ids.sha256(userId).substring(0, 20);
    }

    public static void draft(Handle h, String userId, int step, String text) {
        h.createUpdate("DELETE FROM search_doc WHERE user_id = :user AND step = :step AND kind = 'draft'")
                .bind("user", userId).bind("step", step).execute();
        if (!text.isBlank()) insert(h, userId, step, "draft", "", text);
    }

    public static void revision(Handle h, String userId, int step, int number, String text) {
        h.createUpdate("DELETE FROM search_doc WHERE user_id = :user AND step = :step AND kind = 'draft'")
                .bind("user", userId).bind("step", step).execute();
        insert(h, userId, step, "revision", String.valueOf(number), text);
    }

    public static void feedback(Handle h, String userId, int step, String reviewId, String text) {
        h.createUpdate("DELETE FROM search_doc WHERE user_id = :user AND kind = 'feedback' AND ref = :ref")
                .bind("user", userId).bind("ref", reviewId).execute();
        if (!text.isBlank()) insert(h, userId, step, "feedback", reviewId, text);
    }

    public static void forget(Handle h, String userId) {
        h.createUpdate("DELETE FROM search_doc WHERE user_id = :user").bind("user", userId).execute();
    }

    private static void insert(Handle h, String userId, int step, String kind, String ref, String text) {
        h.createUpdate("INSERT INTO search_doc (user_id, step, kind, ref, owner, body) VALUES (:user, :step, :kind, :ref, :owner, :body)")
                .bind("user", userId).bind("step", step).bind("kind", kind).bind("ref", ref).bind("owner", owner(userId))
                .bind("body", text).execute();
    }
}
