package nl.cursusschrift.assignment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.cursusschrift.db.Database;

/** Reading answers, their drafts and their revisions. Every read names the learner: nobody reads another's answer. */
public final class Answers {

    /** A learner's work on one step. {@code draft} is null when there is none. */
    public record Answer(String id, String userId, int step, AnswerState state, String draft, int draftVersion, Long draftSavedAt,
                         int revisionCount, Long submittedAt, long updatedAt) {
        public ObjectNode draftDocument() {
            return draft == null ? null : Json.parse(draft);
        }
    }

    /** One submission, as sent. */
    public record Revision(String id, String answerId, int number, String body, String specHash, long submittedAt) {
        public ObjectNode document() {
            return Json.parse(body);
        }
    }

    /** The state of one step. */
    record StepState(int step, AnswerState state) {
    }

    /** The latest revision of one step. */
    record Latest(int step, Revision revision) {
    }

    private final AnswerSql sql;
    private final AssignmentParser parser;
    private final Map<String, Assignment> specs = new ConcurrentHashMap<>();
    private final Cache<Stored, AnswerView> views = contentCache();

    /** What an answer is made of: the declaration it is read with (by hash) and the stored JSON. */
    private record Stored(String specHash, String body) {
    }

    /**
     * A cache keyed by content: the same declaration and the same stored text always make the same
     * value, so an entry can never be stale and needs no invalidation, on one instance or several (a
     * change is a new key). Bounded by an estimate of the bytes it holds: the heap is small.
     */
    static <V> Cache<Stored, V> contentCache() {
        return Caffeine.newBuilder().maximumWeight(VIEW_BYTES).weigher((Stored k, V v) -> 64 + 6 * k.body().length()).build();
    }

    /** About 12 MB: a few thousand answers, enough for every learner active in the last minutes. */
    private static final long VIEW_BYTES = 12L * 1024 * 1024;

    public Answers(Database db, AssignmentParser parser) {
        this.sql = db.reads().onDemand(AnswerSql.class);
        this.parser = parser;
    }

    public Optional<Answer> find(String userId, int step) {
        return sql.find(userId, step);
    }

    public Optional<Answer> byId(String answerId) {
        return sql.byId(answerId);
    }

    /** Every answer of a learner, by step. */
    public Map<Integer, Answer> allOf(String userId) {
        Map<Integer, Answer> byStep = new HashMap<>();
        for (Answer a : sql.allOf(userId)) byStep.put(a.step(), a);
        return byStep;
    }

    /** The states of a learner's steps, for the course index. */
    public Map<Integer, AnswerState> states(String userId) {
        Map<Integer, AnswerState> states = new HashMap<>();
        for (StepState s : sql.states(userId)) states.put(s.step(), s.state());
        return states;
    }

    /** Revisions of one learner's step, newest first. */
    public List<Revision> revisions(String userId, int step) {
        return sql.revisions(userId, step);
    }

    public Optional<Revision> revision(String userId, int step, int number) {
        return sql.revision(userId, step, number);
    }

    /** The latest revision of each of a learner's steps. */
    public Map<Integer, Revision> latestRevisions(String userId) {
        Map<Integer, Revision> latest = new HashMap<>();
        for (Latest l : sql.latestRevisions(userId)) latest.put(l.step(), l.revision());
        return latest;
    }

    /**
     * The stored JSON {@code body} made readable with {@code spec}, from a cache keyed by the two (see
     * {@link #contentCache}); parsing the JSON and formatting every field was the largest cost of the
     * signed-in pages (docs/performance.md). An empty or missing body is an empty answer.
     */
    public AnswerView view(Assignment spec, String body) {
        if (body == null) return AnswerView.of(spec, Json.object());
        return views.get(new Stored(spec.hash(), body), k -> AnswerView.of(spec, Json.parse(body)));
    }

    /** A revision made readable with the declaration it was written for. */
    public AnswerView view(Revision revision) {
        return view(spec(revision.specHash()), revision.body());
    }

    /** The assignment a revision was written for (cached: a declaration never changes under its hash). */
    public Assignment spec(String hash) {
        return specs.computeIfAbsent(hash, h -> parser.fromSnapshot(sql.specSource(h)));
    }
}
