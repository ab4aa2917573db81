package nl.cursusschrift.notebook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.text.Dutch;

/** Reading the replies under shared answers. Changes go through {@link Replying}. */
public final class Replies {
    /** Longest reply, in characters: as long as a long answer field. */
    public static final int MAX_CHARS = 10_000;

    /** A reply as stored; {@code read}: the sharer's notebook showed it to them. */
    public record Reply(String id, String shareId, String userId, String authorName, String body, boolean hidden, boolean read, long createdAt) {
    }

    /** A reply as a page shows it; {@code unread}: new for the sharer looking at it. */
    public record Shown(String id, String author, String when, String body, boolean hidden, boolean unread) {
    }

    /** "1 reactie", "3 reacties": the heading of a thread. */
    public static String heading(List<Shown> thread) {
        return Dutch.plural(thread.size(), "reactie", "reacties");
    }

    public static boolean anyUnread(List<Shown> thread) {
        return thread.stream().anyMatch(Shown::unread);
    }

    private final ReplySql sql;
    private final Clock clock;

    public Replies(Database db, Clock clock) {
        this.sql = db.reads().onDemand(ReplySql.class);
        this.clock = clock;
    }

    /**
     * The threads under these shares, oldest reply first, by share id, in one query.
     *
     * @param viewer      who looks: a reply counts as unread only for the sharer, and only when someone else wrote it
     * @param withHidden  staff see hidden replies (marked), learners do not
     */
    public Map<String, List<Shown>> threads(Collection<Shares.Share> shares, String viewer, boolean withHidden) {
        // Always one query, even for no shares: a page costs the same number of statements however many shared.
        Map<String, List<Shown>> threads = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (Shares.Share s : shares) owners.put(s.id(), s.userId());
        for (Reply r : sql.ofShares(List.copyOf(owners.keySet()))) {
            if (r.hidden() && !withHidden) continue;
            boolean unread = !r.read() && viewer.equals(owners.get(r.shareId())) && !viewer.equals(r.userId());
            threads.computeIfAbsent(r.shareId(), k -> new ArrayList<>())
                    .add(new Shown(r.id(), r.authorName(), Dutch.dateTime(r.createdAt(), clock), r.body(), r.hidden(), unread));
        }
        return threads;
    }

    /** Replies by others under this learner's shares that their notebook has not shown yet. */
    public int unread(String ownerId) {
        return sql.unread(ownerId);
    }
}
