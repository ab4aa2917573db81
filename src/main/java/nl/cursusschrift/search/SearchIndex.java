package nl.cursusschrift.search;

import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Tx;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the search text of a learner's work up to date, inside the same transaction as the write
 * it mirrors (the current draft, every revision, released feedback), so search never finds what
 * was not stored nor misses what was.
 */
public final class SearchIndex {
    private SearchIndex() {
    }

    /** The token that ties a search document to its learner (the FTS5 'owner' column). */
    static String owner(String userId) {
        return "u" + Ids.sha256(userId).substring(0, 20);
    }

    public static void draft(Tx tx, String userId, int step, String text) {
        SearchSql sql = tx.sql(SearchSql.class);
        sql.deleteDraft(userId, step);
        if (!text.isBlank()) sql.insert(userId, step, "draft", "", owner(userId), text);
    }

    public static void revision(Tx tx, String userId, int step, int number, String text) {
        SearchSql sql = tx.sql(SearchSql.class);
        sql.deleteDraft(userId, step);
        sql.insert(userId, step, "revision", String.valueOf(number), owner(userId), text);
    }

    public static void feedback(Tx tx, String userId, int step, String reviewId, String text) {
        SearchSql sql = tx.sql(SearchSql.class);
        sql.deleteFeedback(userId, reviewId);
        if (!text.isBlank()) sql.insert(userId, step, "feedback", reviewId, owner(userId), text);
    }

    /** Everything of a learner, when their account goes (an in-transaction listener of the account's deletion). */
    public static void forget(Handle h, String userId) {
        h.attach(SearchSql.class).deleteAll(userId);
    }
}
