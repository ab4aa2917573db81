package nl.cursusschrift.notify;

import java.time.Instant;
import java.util.List;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestClock;
import nl.cursusschrift.TestDatabase;

/** Test helpers for the notifications: an app with BASE_URL set, and the outbox rows as they were written. */
final class Outboxes {
    static final String BASE = "https://cursus.example.nl";

    /** One outbox row. */
    record Mail(String kind, String to, String toName, String subject, String text, String html, String unsubscribe, String dedupe) {
    }

    private Outboxes() {
    }

    static TestApp start(TestClock clock) {
        return TestApp.start(Config.forTests(TestApp.tempDir("data"), TestApp.FIXTURE_COURSE).withDatabaseUrl(TestDatabase.url())
                .withPortAndBaseUrl(0, BASE), clock);
    }

    static List<Mail> mails(TestApp app, String kind) {
        return app.app.database().reads().withHandle(h -> h.createQuery("""
                        SELECT kind, to_address, to_name, subject, text_body, html_body, unsubscribe_url, dedupe_key
                        FROM outbox WHERE kind = :kind ORDER BY created_at, to_address""")
                .bind("kind", kind)
                .map((rs, ctx) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)))
                .list());
    }

    /** Amsterdam local time on a day, as the instant the test clock is set to (CET in winter: UTC+1). */
    static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();
    }

    /** The unsubscribe path of a mail, relative to the app. */
    static String path(String url) {
        return url.substring(BASE.length());
    }
}
