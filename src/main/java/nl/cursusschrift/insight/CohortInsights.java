package nl.cursusschrift.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.Answers;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.enrolment.Scope;

/**
 * Numbers about a cohort that no learner can be recognised in: per step how many handed in, the
 * impressions of all logs together, the learners' average NPS. An aggregate of fewer than
 * {@link #MIN_LEARNERS} learners is not shown.
 */
public final class CohortInsights {
    public static final int MIN_LEARNERS = 5;

    /** One step: how many of the learners handed it in, and its aggregates (or why they are withheld). */
    public record StepNumbers(Lesson lesson, int handedIn, int learners, List<Insight> aggregates, String withheld) {
        public int percent() {
            return learners == 0 ? 0 : Math.round(handedIn * 100f / learners);
        }
    }

    private record Key(Course course, Scope scope, String cohortId) {
    }

    private record Computed(String stamp, List<StepNumbers> steps) {
    }

    private final Database db;
    private final Answers answers;
    private final Map<Key, Computed> recent = new java.util.concurrent.ConcurrentHashMap<>();

    public CohortInsights(Database db, Answers answers) {
        this.db = db;
        this.answers = answers;
    }

    /**
     * The overview, computed again only when a submission or an account came or went since the
     * last time: reading every submission of a large course takes seconds, checking the stamp
     * takes two index lookups.
     */
    public List<StepNumbers> steps(Course course, Scope scope, String cohortId) {
        String stamp = db.reads().withHandle(h -> h.createQuery(
                "SELECT (SELECT COALESCE(MAX(submitted_at), 0) FROM revision) || '/' || (SELECT COUNT(*) FROM app_user)")
                .mapTo(String.class).one());
        Key key = new Key(course, scope, cohortId);
        Computed last = recent.get(key);
        if (last != null && last.stamp().equals(stamp)) return last.steps();
        if (recent.size() > 200) recent.clear();
        List<StepNumbers> steps = compute(course, scope, cohortId);
        recent.put(key, new Computed(stamp, steps));
        return steps;
    }

    private List<StepNumbers> compute(Course course, Scope scope, String cohortId) {
        String cohortSql = cohortId == null ? "" : " AND u.cohort_id = :cohort";
        int learners = db.reads().withHandle(h -> {
            var q = scope.bind(h.createQuery("SELECT COUNT(*) FROM app_user u WHERE u.role = 'learner' AND " + scope.sql() + cohortSql));
            if (cohortId != null) q.bind("cohort", cohortId);
            return q.mapTo(Integer.class).one();
        });
        List<StepNumbers> result = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            Map<String, List<Insight>> perLearner = new HashMap<>();
            int[] handedIn = {0};
            if (lesson.exercise() != null) {
                db.reads().useHandle(h -> {
                    var q = scope.bind(h.createQuery("""
                            SELECT a.user_id, r.body, r.spec_hash FROM answer a
                            JOIN app_user u ON u.id = a.user_id
                            JOIN revision r ON r.answer_id = a.id AND r.number = a.revision_count
                            WHERE a.step = :step AND a.revision_count > 0 AND""" + " " + scope.sql() + cohortSql))
                            .bind("step", lesson.step());
                    if (cohortId != null) q.bind("cohort", cohortId);
                    q.map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).forEach(row -> {
                        handedIn[0]++;
                        Assignment spec = answers.spec(row[2]);
                        if (!Insights.specs(spec).isEmpty()) perLearner.put(row[0], Insights.compute(spec, Json.parse(row[1])));
                    });
                });
            }
            List<Insight> aggregates = new ArrayList<>();
            String withheld = null;
            boolean declares = Assignment.of(lesson) != null && !Insights.specs(Assignment.of(lesson)).isEmpty();
            if (declares && perLearner.size() < MIN_LEARNERS) {
                withheld = "Nog te weinig deelnemers (" + perLearner.size() + " van minimaal " + MIN_LEARNERS
                        + ") om dit te tonen zonder dat iemand herkenbaar is.";
            } else if (declares) {
                aggregates.addAll(aggregate(perLearner));
            }
            result.add(new StepNumbers(lesson, handedIn[0], learners, aggregates, withheld));
        }
        return result;
    }

    /** Sums shares and NPS splits over learners; the NPS also as the average of the learners' own scores. */
    static List<Insight> aggregate(Map<String, List<Insight>> perLearner) {
        Map<String, Insight.Share> shares = new java.util.LinkedHashMap<>();
        Map<String, int[]> shareCounts = new HashMap<>();
        Map<String, int[]> npsSplit = new java.util.LinkedHashMap<>();
        Map<String, List<Integer>> npsScores = new HashMap<>();
        Map<String, String> captions = new HashMap<>();
        for (List<Insight> insights : perLearner.values()) {
            for (Insight insight : insights) {
                if (insight instanceof Insight.Share s && s.total() > 0) {
                    shares.putIfAbsent(s.field(), s);
                    int[] counts = shareCounts.computeIfAbsent(s.field(), k -> new int[s.slices().size()]);
                    for (int i = 0; i < counts.length && i < s.slices().size(); i++) counts[i] += s.slices().get(i).count();
                } else if (insight instanceof Insight.Nps n && n.total() > 0) {
                    int[] split = npsSplit.computeIfAbsent(n.field(), k -> new int[3]);
                    split[0] += n.detractors();
                    split[1] += n.passives();
                    split[2] += n.promoters();
                    npsScores.computeIfAbsent(n.field(), k -> new ArrayList<>()).add(n.score());
                    captions.put(n.field(), n.caption());
                }
            }
        }
        List<Insight> result = new ArrayList<>();
        for (var entry : shares.entrySet()) {
            Insight.Share first = entry.getValue();
            int[] counts = shareCounts.get(entry.getKey());
            int[] percents = Percentages.of(counts);
            int total = java.util.Arrays.stream(counts).sum();
            List<Insight.Slice> slices = new ArrayList<>();
            Insight.Slice highlight = null;
            for (int i = 0; i < counts.length; i++) {
                Insight.Slice slice = new Insight.Slice(first.slices().get(i).value(), first.slices().get(i).label(), counts[i], percents[i]);
                slices.add(slice);
                if (first.highlight() != null && slice.value().equals(first.highlight().value())) highlight = slice;
            }
            String summary = "Alle deelnemers samen: " + total + " regels" + (highlight == null ? "" : ", waarvan " + highlight.percent()
                    + "% '" + highlight.label() + "'") + ".";
            result.add(new Insight.Share(entry.getKey(), first.caption() + " (de hele groep)", slices, total, highlight, summary, 0));
        }
        for (var entry : npsSplit.entrySet()) {
            int[] split = entry.getValue();
            List<Integer> scores = npsScores.get(entry.getKey());
            int average = (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
            int total = split[0] + split[1] + split[2];
            String summary = "Gemiddelde NPS van " + scores.size() + " deelnemers: " + (average > 0 ? "+" + average : String.valueOf(average))
                    + " (" + total + " klantscores in totaal).";
            result.add(new Insight.Nps(entry.getKey(), captions.get(entry.getKey()) + " (de hele groep)", split[2], split[1], split[0], average,
                    Percentages.of(split), summary, 0));
        }
        return result;
    }
}
