package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.cursusschrift.ChildProcess;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.Test;

class ContentCheckCommandTest {

    @Test
    void goodCourse_printsASummaryAndExitsZero() {
        var result = ChildProcess.run(Map.of(), null, "content", "check", TestApp.FIXTURE_COURSE.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Cursus 'Testcursus Klantbeleving': 3 lessen, alles in orde."), result.out());
        assertTrue(result.out().contains("stap  2  Alle contactmomenten"), result.out());
    }

    @Test
    void brokenCourse_printsEveryProblemAndExitsNonZero() throws IOException {
        Path dir = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        Files.writeString(dir.resolve("02-contactmomenten.md"), "---\nstep: 2\ntitle: [kapot\n---\n");
        Files.writeString(dir.resolve("04-extra.md"), "---\nstep: 3\ntitle: Dubbel\nsummary: S.\n---\n");
        var result = ChildProcess.run(Map.of(), null, "content", "check", dir.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("02-contactmomenten.md:3: ongeldige YAML"), result.err());
        assertTrue(result.err().contains("04-extra.md:2: stap 3 bestaat al in 03-de-klantreis.md"), result.err());
        assertTrue(result.err().contains("2 problemen in "), result.err());
    }

    @Test
    void serve_refusesToStartOnBrokenContentAndSaysWhy() throws IOException {
        Path dir = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        Files.writeString(dir.resolve("01-welkom.md"), "---\nstep: 1\ntitle: Welkom\nsummary: S.\nopdracht: ja\n---\n");
        var result = ChildProcess.run(Map.of("CONTENT_DIR", dir.toString(), "DATA_DIR", TestApp.tempDir("d").toString(), "PORT", "0"), null);
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("bevat fouten; de app start niet"), result.err());
        assertTrue(result.err().contains("01-welkom.md:5: onbekende sleutel 'opdracht'"), result.err());
    }

    @Test
    void serve_withoutContentDirectory_namesThePathAndTheVariable() {
        var result = ChildProcess.run(Map.of("CONTENT_DIR", "/tmp/geen-cursus-hier", "DATA_DIR", TestApp.tempDir("d").toString()), null);
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("/tmp/geen-cursus-hier: map met cursusinhoud niet gevonden; zet CONTENT_DIR op de map"), result.err());
    }

    @Test
    void help_listsTheSubcommands() {
        var result = ChildProcess.run(Map.of(), null, "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("serve"));
        assertTrue(result.out().contains("content check [MAP]"));
    }

    @Test
    void unknownSubcommand_printsUsageAndExitsTwo() {
        var result = ChildProcess.run(Map.of(), null, "vliegen");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Onbekende opdracht 'vliegen'"));
    }
}
