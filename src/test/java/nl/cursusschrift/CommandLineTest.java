package nl.cursusschrift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command line that says no: every misuse exits 2 and names the word that is wrong, in Dutch. */
class CommandLineTest {
    record Run(int exit, String out, String err) {
    }

    /** Runs a command in this JVM; every case here is refused before a database is opened. */
    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void refused(String expected, String... args) {
        Run run = run(args);
        assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
        assertTrue(run.err().contains(expected), String.join(" ", args) + " should say \"" + expected + "\" but said:\n" + run.err());
    }

    @Test
    void unknownFlagsAndSubcommands_exitTwo_namingTheWord() {
        refused("onbekende optie '--extra' bij 'user list'", "user", "list", "--extra");
        refused("onbekende opdracht 'user frobnicate'", "user", "frobnicate");
        refused("onbekende opdracht 'demo zaaien'", "demo", "zaaien");
        refused("onbekende opdracht 'content nakijken'", "content", "nakijken");
        refused("onbekende optie '--snel' bij 'serve'", "serve", "--snel");
        refused("onbekende optie '--x' bij 'backup'", "backup", "--x");
        refused("onbekende optie '--force' bij 'migrate-data'", "migrate-data", "--from", "sqlite:a.db", "--to", "sqlite:b.db", "--force");
        refused("onverwacht argument 'nog-een' bij 'content check'", "content", "check", "content", "nog-een");
        refused("onverwacht argument 'extra' bij 'user list'", "user", "list", "extra");
        refused("onbekende optie '--verbose' bij 'startup-training'", "startup-training", "--verbose");
        refused("Onbekende opdracht 'vliegen'", "vliegen");
    }

    @Test
    void eachWrongValue_isNamedInDutch() {
        refused("--learners moet een getal groter dan 0 zijn, niet '-5'", "demo", "seed", "--learners", "-5");
        refused("--learners moet een getal groter dan 0 zijn, niet 'veel'", "demo", "seed", "--learners", "veel");
        refused("--learners ontbreekt", "demo", "seed", "--cohorts", "2");
        refused("--cohorts moet een getal groter dan 0 zijn, niet '0'", "demo", "seed", "--learners", "5", "--cohorts", "0");
        refused("--seed moet een geheel getal zijn, niet 'x'", "demo", "seed", "--learners", "5", "--seed", "x");
        refused("--role moet learner, instructor of admin zijn, niet 'boss'", "demo", "sessions", "--count", "1", "--role", "boss");
        refused("--role moet admin, instructor of learner zijn, niet 'boss'", "user", "add", "--role", "boss", "--email", "a@example.nl", "--name", "A");
        refused("--email moet een e-mailadres zijn, niet 'geen-adres'", "user", "add", "--role", "admin", "--email", "geen-adres", "--name", "A");
        refused("--name ontbreekt", "user", "add", "--role", "admin", "--email", "a@example.nl");
        refused("--email heeft een waarde nodig", "user", "reset-link", "--email");
        refused("--base-url moet het openbare adres van de site zijn", "user", "reset-link", "--email", "a@example.nl", "--base-url", "cursus");
        refused("--port moet een getal van 0 tot en met 65535 zijn, niet '80x'", "serve", "--port", "80x");
        refused("--port moet een getal van 0 tot en met 65535 zijn, niet '70000'", "serve", "--port", "70000");
        refused("--force heeft geen waarde", "demo", "seed", "--learners", "5", "--force=ja");
        refused("--learners staat er twee keer", "demo", "seed", "--learners", "5", "--learners", "6");
        refused("--from ontbreekt", "migrate-data", "--to", "sqlite:b.db");
        refused("geef het bestand", "backup");
    }

    @Test
    void helpOfASubcommand_printsItsUsage_andExitsZero() {
        Run user = run("user", "--help");
        assertEquals(0, user.exit(), user.err());
        assertTrue(user.out().contains("user reset-link --email ADRES"), user.out());
        Run demo = run("demo", "seed", "--help");
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().contains("demo seed --learners N"), demo.out());
    }

    @Test
    void serve_takesPortAndDataDir() throws Exception {
        int port = ChildProcess.freePort();
        Path data = TestApp.tempDir("serve");
        Path log = TestApp.tempDir("log").resolve("serve.log");
        Process app = ChildProcess.builder(Map.of("CONTENT_DIR", TestApp.FIXTURE_COURSE.toString(), "PORT", String.valueOf(ChildProcess.freePort()), "DATA_DIR", TestApp.tempDir("env").toString()),
                "serve", "--port", String.valueOf(port), "--data-dir", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            ChildProcess.awaitHealth(app, port, Duration.ofSeconds(60), log);
            var res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, res.statusCode());
            assertTrue(data.resolve("cursusschrift.db").toFile().exists(), "the database is in --data-dir");
        } finally {
            app.destroy();
            app.waitFor();
        }
    }
}
