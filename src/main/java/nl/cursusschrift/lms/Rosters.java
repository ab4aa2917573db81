package nl.cursusschrift.lms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cursusschrift.account.Passwords;
import nl.cursusschrift.account.Role;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.enrolment.Enrolling;

/**
 * Names and Role Provisioning Services 2.0: an instructor fetches the members of a platform course, so learners
 * who never launched yet already have an account in its cohort (and show up in /deelnemers and the progress
 * matrix). Only members not known yet are added; nobody is removed (a member who left stays, with their work).
 */
public final class Rosters {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private static final int MAX_PAGES = 50;

    /** A platform course whose members can be fetched. */
    public record Course(String platformId, String contextId, String cohortId, String title, String membershipsUrl, String issuer) {
    }

    /** One member as NRPS lists them. */
    record Member(String subject, String name, String email, boolean instructor) {
    }

    private final LtiSql sql;
    private final Transactions transactions;
    private final Platforms platforms;
    private final PlatformTokens tokens;
    private final HttpClient http;
    private final Clock clock;

    Rosters(Database db, Transactions transactions, Platforms platforms, PlatformTokens tokens, HttpClient http, Clock clock) {
        this.sql = db.reads().onDemand(LtiSql.class);
        this.transactions = transactions;
        this.platforms = platforms;
        this.tokens = tokens;
        this.http = http;
        this.clock = clock;
    }

    public List<Course> courses() {
        return sql.rosterCourses();
    }

    /** Adds the course's members that are new here; returns how many. IOException: the platform could not be asked. */
    public int sync(Course course) throws IOException, InterruptedException {
        Platform platform = platforms.byId(course.platformId()).orElseThrow(() -> new IOException("platform verwijderd"));
        List<Member> members = fetch(platform, course.membershipsUrl());
        long now = clock.millis();
        // One unusable password for the whole batch: nobody knows it, and Argon2 per member would take seconds.
        String unusable = Passwords.hash(Ids.random() + Ids.random());
        return transactions.run(tx -> {
            LtiSql w = tx.sql(LtiSql.class);
            int added = 0;
            for (Member m : members) {
                if (w.identity(platform.id(), m.subject()).isPresent()) continue;
                Role role = m.instructor() ? Role.INSTRUCTOR : Role.LEARNER;
                String userId = Launching.createAccount(tx, platform.id(), m.subject(), m.name(), m.email(), role, course.cohortId(), unusable,
                        LocalDate.now(clock), now);
                if (role == Role.INSTRUCTOR) Enrolling.assignInstructor(tx, userId, course.cohortId());
                added++;
            }
            tx.publish(new LtiEvents.RosterSynced(course.cohortId(), added));
            return added;
        });
    }

    private List<Member> fetch(Platform platform, String url) throws IOException, InterruptedException {
        String token = tokens.token(platform, Claims.SCOPE_MEMBERSHIPS);
        List<Member> members = new ArrayList<>();
        String next = url;
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            if (Registration.urlProblem(next) != null) throw new IOException("onbruikbaar adres van de deelnemerslijst");
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(next)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token).header("Accept", MEMBERSHIPS).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) throw new IOException("de deelnemerslijst gaf " + res.statusCode());
            for (JsonNode m : JSON.readTree(res.body()).path("members")) {
                String subject = m.path("user_id").asText("");
                String status = m.path("status").asText("Active");
                if (subject.isBlank() || !status.equals("Active")) continue;
                List<String> roles = new ArrayList<>();
                m.path("roles").forEach(r -> roles.add(r.asText()));
                String name = m.path("name").asText((m.path("given_name").asText("") + " " + m.path("family_name").asText("")).strip());
                members.add(new Member(subject, name, m.path("email").asText(null), roles.stream().anyMatch(Claims::isStaffRole)));
            }
            next = res.headers().allValues("Link").stream().map(NEXT::matcher).filter(Matcher::find).map(x -> x.group(1)).findFirst().orElse(null);
        }
        return members;
    }
}
