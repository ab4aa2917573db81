package nl.cursusschrift.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.Config;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.WebClient;
import org.junit.jupiter.api.Test;

class UserCommandTest {
    final Path data = TestApp.tempDir("cli");
    final Map<String, String> env = Map.of("DATA_DIR", data.toString(), "CONTENT_DIR", TestApp.FIXTURE_COURSE.toString(),
            "BASE_URL", "https://cursus.example.nl");

    @Test
    void userAdd_readsThePasswordFromStdin_andTheAdminCanLogIn() {
        var result = ChildProcess.run(env, "beheerder van de cursus 2026\n",
                "user", "add", "--role", "admin", "--email", "Admin@Example.nl", "--name", "Ada Admin");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("Account gemaakt: Ada Admin <admin@example.nl> als admin.\n", result.out());

        var list = ChildProcess.run(env, null, "user", "list");
        assertTrue(list.out().contains("admin       admin@example.nl               Ada Admin"), list.out());

        try (TestApp app = TestApp.start(Config.forTests(data, TestApp.FIXTURE_COURSE), java.time.Clock.system(nl.cursusschrift.Main.ZONE))) {
            WebClient web = app.client();
            web.get("/inloggen");
            assertEquals(303, web.post("/inloggen", "email", "admin@example.nl", "password", "beheerder van de cursus 2026").status());
            assertEquals(200, web.get("/beheer").status());
        }
    }

    @Test
    void userAdd_refusesAPasswordArgument_weakPasswords_andBadArguments() {
        var argument = ChildProcess.run(env, "x\n", "user", "add", "--role", "admin", "--email", "a@example.nl", "--name", "A", "--password", "geheim123");
        assertEquals(2, argument.exitCode());
        assertTrue(argument.err().contains("Een wachtwoord hoort niet op de opdrachtregel"));
        var weak = ChildProcess.run(env, "Welkom2026!!\n", "user", "add", "--role", "admin", "--email", "a@example.nl", "--name", "A");
        assertEquals(1, weak.exitCode());
        assertTrue(weak.err().contains("wordt door veel mensen gebruikt"), weak.err());
        var role = ChildProcess.run(env, "een goed wachtwoord\n", "user", "add", "--role", "baas", "--email", "a@example.nl", "--name", "A");
        assertEquals(2, role.exitCode());
    }

    @Test
    void resetLink_printsAOneTimeLinkOnTheBaseUrl() {
        ChildProcess.run(env, "een goed wachtwoord\n", "user", "add", "--role", "learner", "--email", "l@example.nl", "--name", "L");
        var result = ChildProcess.run(env, null, "user", "reset-link", "--email", "L@example.nl");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("(?s)https://cursus\\.example\\.nl/wachtwoord-herstellen/[A-Za-z0-9_-]{22}\n.*"), result.out());
        var unknown = ChildProcess.run(env, null, "user", "reset-link", "--email", "niemand@example.nl");
        assertEquals(1, unknown.exitCode());
    }
}
