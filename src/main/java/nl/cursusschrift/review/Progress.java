package nl.cursusschrift.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.AnswerState;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.StepCalendar;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.enrolment.Learners;

/** The progress matrix: learners by steps, each cell the state of that step, and who is stuck. */
public final class Progress {
    /** No activity for this long, with steps still open, counts as stuck. */
    public static final Duration STUCK = Duration.ofDays(14);

    /** One cell: the state in words and colour, and where the submission is reviewed (or null). */
    public record Cell(int step, String label, String css, String href) {
    }

    /** One learner's row; {@code quietSince} is set when they are stuck. */
    public record Row(Learners.Row learner, List<Cell> cells, int done, String quietSince) {
    }

    private record Work(String answerId, int step, AnswerState state, int revisions, long updatedAt) {
    }

    private final Database db;
    private final Clock clock;

    public Progress(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The rows for one page of learners, with their answers read in one query. */
    public List<Row> rows(List<Learners.Row> learners, Course course) {
        Map<String, List<Work>> work = new HashMap<>();
        if (!learners.isEmpty()) {
            db.reads().useHandle(h -> h.createQuery("SELECT id, user_id, step, state, revision_count, updated_at FROM answer WHERE user_id IN (<ids>)")
                    .bindList("ids", learners.stream().map(Learners.Row::id).toList())
                    .map((rs, ctx) -> Map.entry(rs.getString("user_id"), new Work(rs.getString("id"), rs.getInt("step"),
                            AnswerState.ofStored(rs.getString("state")), rs.getInt("revision_count"), rs.getLong("updated_at"))))
                    .forEach(e -> work.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        }
        LocalDate today = LocalDate.now(clock);
        long now = clock.millis();
        List<Row> rows = new ArrayList<>();
        for (Learners.Row learner : learners) {
            Map<Integer, Work> byStep = new HashMap<>();
            long last = learner.enrolledOn().atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
            for (Work w : work.getOrDefault(learner.id(), List.of())) {
                byStep.put(w.step(), w);
                last = Math.max(last, w.updatedAt());
            }
            List<Cell> cells = new ArrayList<>();
            int done = 0;
            boolean openLeft = false;
            for (var lesson : course.lessons()) {
                Work w = byStep.get(lesson.step());
                boolean locked = !StepCalendar.isOpen(course, learner.pace(), lesson.step(), today);
                if (w == null) {
                    cells.add(new Cell(lesson.step(), locked ? "Dicht" : "Niet begonnen", locked ? "locked" : "none", null));
                    if (!locked) openLeft = true;
                    continue;
                }
                if (w.state() == AnswerState.SUBMITTED || w.state() == AnswerState.REVIEWED) done++;
                else openLeft = true;
                cells.add(new Cell(lesson.step(), w.state().label(), w.state().cssClass(), w.revisions() > 0 ? "/nakijken/" + w.answerId() : null));
            }
            String quiet = openLeft && now - last > STUCK.toMillis()
                    ? nl.cursusschrift.text.Dutch.day(Instant.ofEpochMilli(last).atZone(clock.getZone()).toLocalDate()) : null;
            rows.add(new Row(learner, cells, done, quiet));
        }
        return rows;
    }
}
