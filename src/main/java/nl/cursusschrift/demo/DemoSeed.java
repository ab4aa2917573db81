package nl.cursusschrift.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.assignment.AnswerView;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.course.Course;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Generates learners with a full course behind them: every step answered, some sent back and
 * revised, most reviewed with feedback, some waiting for review, some taken back to edit, a few
 * shared. Inserted in batches of {@link #CHUNK} learners, one transaction per batch.
 */
final class DemoSeed {
    static final String DOMAIN = "@demo.cursusschrift.nl";
    static final String PASSWORD = "demo-wachtwoord";
    static final int CHUNK = 250;

    private final Database db;
    private final Course course;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    DemoSeed(Database db, Course course, Clock clock, PrintStream out, PrintStream err) {
        this.db = db;
        this.course = course;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    int seed(int learners, int cohortCount, long seed, boolean force) {
        long started = System.nanoTime();
        int real = db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user WHERE email NOT LIKE :demo")
                .bind("demo", "%" + DOMAIN).mapTo(Integer.class).one());
        int demo = db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user WHERE email LIKE :demo")
                .bind("demo", "%" + DOMAIN).mapTo(Integer.class).one());
        if ((real > 0 || demo > 0) && !force) {
            err.println(real > 0 ? "Deze database bevat " + real + " echte account(s); demo-gegevens horen in een eigen database. Gebruik --force om toch door te gaan."
                    : "Deze database bevat al demo-gegevens. Gebruik --force om ze eerst te verwijderen.");
            return 1;
        }
        if (demo > 0) {
            db.write(h -> {
                h.createUpdate("DELETE FROM search_doc WHERE user_id IN (SELECT id FROM app_user WHERE email LIKE :demo)").bind("demo", "%" + DOMAIN).execute();
                h.createUpdate("DELETE FROM app_user WHERE email LIKE :demo").bind("demo", "%" + DOMAIN).execute();
                return h.createUpdate("DELETE FROM cohort WHERE code LIKE 'DEMO-%'").execute();
            });
        }
        Random random = new Random(seed);
        String hash = Passwords.hash(PASSWORD);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        long now = clock.millis();

        List<String[]> cohorts = new ArrayList<>();
        for (int c = 0; c < cohortCount; c++) {
            // Every cohort started long enough ago for all twelve steps to be open.
            LocalDate start = today.minusDays(7L * course.stepCount() + 7 + random.nextInt(120));
            cohorts.add(new String[] {Ids.random(), Ids.random(), start.toString(), String.valueOf(c + 1)});
        }
        db.write(h -> {
            PreparedBatch cohortBatch = h.prepareBatch("INSERT INTO cohort (id, name, code, start_date, expires_at, all_open, created_at) "
                    + "VALUES (:id, :name, :code, :start, NULL, 0, :now)");
            PreparedBatch userBatch = DemoUsers.batch(h);
            PreparedBatch assign = h.prepareBatch("INSERT INTO instructor_cohort (user_id, cohort_id) VALUES (:user, :cohort)");
            DemoUsers.add(userBatch, Ids.random(), "admin" + DOMAIN, "Ada Beheer", hash, "admin", null, today.minusDays(200), now);
            for (String[] c : cohorts) {
                cohortBatch.bind("id", c[0]).bind("name", "Demogroep " + c[3]).bind("code", "DEMO-" + c[3]).bind("start", c[2]).bind("now", now).add();
                DemoUsers.add(userBatch, c[1], "docent" + c[3] + DOMAIN, "Docent " + DemoText.name(random), hash, "instructor", null, today.minusDays(200), now);
                assign.bind("user", c[1]).bind("cohort", c[0]).add();
            }
            cohortBatch.execute();
            userBatch.execute();
            assign.execute();
            return null;
        });

        int[] totals = new int[5];
        for (int from = 0; from < learners; from += CHUNK) {
            int to = Math.min(learners, from + CHUNK);
            Chunk chunk = new Chunk();
            for (int i = from; i < to; i++) learner(chunk, i, cohorts, random, hash, zone, today, now);
            totals[0] += chunk.users;
            totals[1] += chunk.answers;
            totals[2] += chunk.revisions;
            totals[3] += chunk.reviews;
            totals[4] += chunk.shares;
            db.write(chunk::insert);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Demo-gegevens gemaakt in %.1f s: %d deelnemers in %d groepen, %d antwoorden, %d inzendingen (versies), %d beoordelingen, %d gedeelde reacties.%n",
                seconds, totals[0], cohortCount, totals[1], totals[2], totals[3], totals[4]);
        out.println("Inloggen: admin" + DOMAIN + ", docent1" + DOMAIN + " of deelnemer1" + DOMAIN + ", wachtwoord '" + PASSWORD + "'.");
        return 0;
    }

    /** The rows of one batch of learners, collected first and then inserted in one transaction. */
    private final class Chunk {
        final List<Object[]> userRows = new ArrayList<>();
        final List<Object[]> answerRows = new ArrayList<>();
        final List<Object[]> revisionRows = new ArrayList<>();
        final List<Object[]> reviewRows = new ArrayList<>();
        final List<Object[]> searchRows = new ArrayList<>();
        final List<Object[]> shareRows = new ArrayList<>();
        final java.util.Map<String, Object[]> specs = new java.util.LinkedHashMap<>();
        int users;
        int answers;
        int revisions;
        int reviews;
        int shares;

        Object insert(Handle h) {
            PreparedBatch u = DemoUsers.batch(h);
            for (Object[] r : userRows) DemoUsers.add(u, (String) r[0], (String) r[1], (String) r[2], (String) r[3], "learner", (String) r[4], (LocalDate) r[5], (long) r[6]);
            u.execute();
            PreparedBatch s = h.prepareBatch("INSERT INTO assignment_spec (hash, step, source, created_at) VALUES (:hash, :step, :source, :now) "
                    + "ON CONFLICT (hash) DO NOTHING");
            for (Object[] r : specs.values()) s.bind("hash", r[0]).bind("step", r[1]).bind("source", r[2]).bind("now", r[3]).add();
            s.execute();
            PreparedBatch a = h.prepareBatch("INSERT INTO answer (id, user_id, step, state, draft, draft_version, draft_saved_at, revision_count, "
                    + "submitted_at, updated_at) VALUES (:id, :user, :step, :state, :draft, :version, :saved, :count, :submitted, :updated)");
            for (Object[] r : answerRows) {
                a.bind("id", r[0]).bind("user", r[1]).bind("step", r[2]).bind("state", r[3]).bind("draft", r[4]).bind("version", r[5])
                        .bind("saved", r[6]).bind("count", r[7]).bind("submitted", r[8]).bind("updated", r[9]).add();
            }
            a.execute();
            PreparedBatch rv = h.prepareBatch("INSERT INTO revision (id, answer_id, number, body, spec_hash, submitted_at) "
                    + "VALUES (:id, :answer, :n, :body, :hash, :at)");
            for (Object[] r : revisionRows) rv.bind("id", r[0]).bind("answer", r[1]).bind("n", r[2]).bind("body", r[3]).bind("hash", r[4]).bind("at", r[5]).add();
            rv.execute();
            PreparedBatch re = h.prepareBatch("INSERT INTO review (id, answer_id, revision_number, reviewer_id, decision, overall, comments, released_at, "
                    + "read_at, created_at, updated_at) VALUES (:id, :answer, :n, :reviewer, :decision, :overall, :comments, :released, :read, :at, :at)");
            for (Object[] r : reviewRows) {
                re.bind("id", r[0]).bind("answer", r[1]).bind("n", r[2]).bind("reviewer", r[3]).bind("decision", r[4]).bind("overall", r[5])
                        .bind("comments", r[6]).bind("released", r[7]).bind("read", r[8]).bind("at", r[9]).add();
            }
            re.execute();
            PreparedBatch sd = h.prepareBatch("INSERT INTO search_doc (user_id, step, kind, ref, owner, body) VALUES (:user, :step, :kind, :ref, :owner, :body)");
            for (Object[] r : searchRows) sd.bind("user", r[0]).bind("step", r[1]).bind("kind", r[2]).bind("ref", r[3]).bind("owner", r[4]).bind("body", r[5]).add();
            sd.execute();
            PreparedBatch sh = h.prepareBatch("INSERT INTO share (id, user_id, revision_id, step, target, cohort_id, created_at) "
                    + "VALUES (:id, :user, :revision, :step, '', :cohort, :at)");
            for (Object[] r : shareRows) sh.bind("id", r[0]).bind("user", r[1]).bind("revision", r[2]).bind("step", r[3]).bind("cohort", r[4]).bind("at", r[5]).add();
            sh.execute();
            return null;
        }
    }

    private void learner(Chunk chunk, int n, List<String[]> cohorts, Random random, String hash, ZoneId zone, LocalDate today, long now) {
        String[] cohort = cohorts.get(n % cohorts.size());
        String userId = Ids.random();
        LocalDate start = LocalDate.parse(cohort[2]);
        LocalDate enrolled = start.minusDays(random.nextInt(8));
        String owner = "u" + Ids.sha256(userId).substring(0, 20);
        chunk.userRows.add(new Object[] {userId, "deelnemer" + (n + 1) + DOMAIN, DemoText.name(random), hash, cohort[0], enrolled,
                enrolled.atStartOfDay(zone).toInstant().toEpochMilli()});
        chunk.users++;
        boolean sharer = random.nextInt(20) == 0;
        for (Lesson lesson : course.lessons()) {
            Assignment assignment = Assignment.of(lesson);
            if (assignment == null) continue;
            chunk.specs.putIfAbsent(assignment.hash(), new Object[] {assignment.hash(), lesson.step(), assignment.source(), now});
            LocalDateTime opens = start.plusDays((lesson.step() - 1) * 7L).atTime(8, 0);
            LocalDateTime first = opens.plusHours(2 + random.nextInt(6 * 24));
            LocalDateTime latest = LocalDateTime.ofInstant(Instant.ofEpochMilli(now - 3_600_000L), zone);
            if (first.isAfter(latest)) first = latest.minusHours(1 + random.nextInt(24));
            String answerId = Ids.random();
            int roll = random.nextInt(100);
            boolean lateStep = lesson.step() >= course.stepCount() - 1;
            String state;
            List<ObjectNode> bodies = new ArrayList<>();
            bodies.add(AnswerGenerator.answer(assignment, random, first));
            if (roll < 10) {
                bodies.add(AnswerGenerator.answer(assignment, random, first.plusDays(3)));
                state = "reviewed";
            } else if (roll < (lateStep ? 45 : 20)) {
                state = "submitted";
            } else if (roll < (lateStep ? 50 : 25)) {
                state = "revision";
            } else if (roll < (lateStep ? 58 : 33)) {
                state = "draft";
            } else {
                state = "reviewed";
            }
            String draft = null;
            long updated = 0;
            for (int r = 0; r < bodies.size(); r++) {
                LocalDateTime at = first.plusDays(3L * r);
                long atMillis = at.atZone(zone).toInstant().toEpochMilli();
                String revisionId = Ids.random();
                String body = Json.write(bodies.get(r));
                chunk.revisionRows.add(new Object[] {revisionId, answerId, r + 1, body, assignment.hash(), atMillis});
                chunk.revisions++;
                chunk.searchRows.add(new Object[] {userId, lesson.step(), "revision", String.valueOf(r + 1), owner,
                        AnswerView.of(assignment, bodies.get(r)).text()});
                updated = atMillis;
                boolean last = r == bodies.size() - 1;
                boolean reviewed = !last || state.equals("reviewed") || state.equals("revision");
                if (reviewed) {
                    String decision = !last || state.equals("revision") ? "revise" : "approved";
                    long released = Math.min(now - 60_000, atMillis + 3_600_000L * (4 + random.nextInt(60)));
                    String overall = DemoText.paragraph(random, 600);
                    ObjectNode comments = Json.object();
                    if (random.nextBoolean()) comments.put(assignment.fields().get(0).id(), DemoText.phrase(random, 300));
                    chunk.reviewRows.add(new Object[] {Ids.random(), answerId, r + 1, cohort[1], decision, overall, Json.write(comments), released,
                            random.nextInt(10) < 7 ? released + 3_600_000L : null, released});
                    chunk.reviews++;
                    updated = Math.max(updated, released);
                }
                if (last && sharer && lesson.step() == 5 && !state.equals("draft")) {
                    chunk.shareRows.add(new Object[] {Ids.random(), userId, revisionId, lesson.step(), cohort[0], atMillis + 60_000});
                    chunk.shares++;
                }
                if (last && (state.equals("revision") || state.equals("draft"))) draft = body;
            }
            long submitted = first.plusDays(3L * (bodies.size() - 1)).atZone(zone).toInstant().toEpochMilli();
            chunk.answerRows.add(new Object[] {answerId, userId, lesson.step(), state, draft, bodies.size() + (draft == null ? 0 : 1),
                    draft == null ? null : updated, bodies.size(), submitted, updated});
            chunk.answers++;
        }
    }
}
