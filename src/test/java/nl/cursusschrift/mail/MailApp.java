package nl.cursusschrift.mail;

import java.net.URI;
import java.time.Clock;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.TestDatabase;

/** The whole app sending to a {@link Mailbox}, on a port known in advance so BASE_URL (and the links in mails) point at it. */
public final class MailApp {
    private MailApp() {
    }

    public static TestApp start(Mailbox box, Clock clock) {
        int port = ChildProcess.freePort();
        Config config = Config.forTests(TestApp.tempDir("data"), TestApp.FIXTURE_COURSE).withDatabaseUrl(TestDatabase.url())
                .withPortAndBaseUrl(port, "http://localhost:" + port).withMail(box.settings());
        return TestApp.start(config, clock);
    }

    /** The path of an absolute link of this app, for the test's HTTP client; fails when the link points elsewhere. */
    public static String path(TestApp app, String link) {
        if (!link.startsWith(app.url("/"))) throw new AssertionError("link " + link + " does not point at the app " + app.url("/"));
        return URI.create(link).getRawPath();
    }
}
