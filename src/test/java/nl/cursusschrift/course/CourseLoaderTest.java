package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cursusschrift.TestApp;
import org.junit.jupiter.api.Test;
import nl.cursusschrift.yaml.ContentProblem;

class CourseLoaderTest {
    private final CourseLoader loader = nl.cursusschrift.Main.courseLoader();

    private static Path course(String... fileAndText) throws IOException {
        Path dir = TestApp.tempDir("loader");
        Files.writeString(dir.resolve("course.yml"), "title: Cursus\n");
        for (int i = 0; i < fileAndText.length; i += 2) Files.writeString(dir.resolve(fileAndText[i]), fileAndText[i + 1]);
        return dir;
    }

    private List<String> problems(Path dir) {
        return loader.read(dir).problems().stream().map(ContentProblem::toString).toList();
    }

    private static final String GOOD = "---\nstep: 1\ntitle: Een\nsummary: De eerste.\n---\n## Kop\n\nTekst.\n";

    @Test
    void goodCourse_loadsLessonsInStepOrder() throws IOException {
        Path dir = course("02-b.md", "---\nstep: 2\ntitle: Twee\nsummary: De tweede.\n---\nTekst.\n", "01-a.md", GOOD);
        Course course = loader.load(dir);
        assertEquals(List.of(1, 2), course.lessons().stream().map(Lesson::step).toList());
        assertEquals("Een", course.lesson(1).orElseThrow().title());
        assertEquals(Pacing.WEEKLY, course.pacing());
    }

    @Test
    void assignmentBlock_isParsedAndKept() throws IOException {
        Path dir = course("01-a.md", "---\nstep: 1\ntitle: Een\nsummary: S.\nassignment:\n  fields:\n    - {id: a, type: text, label: A}\n---\nTekst.\n");
        Lesson lesson = loader.load(dir).lesson(1).orElseThrow();
        assertEquals("a", nl.cursusschrift.assignment.Assignment.of(lesson).fields().get(0).id());
    }

    @Test
    void badYaml_namesFileAndLine() throws IOException {
        Path dir = course("01-a.md", "---\nstep: 1\ntitle: [niet gesloten\nsummary: S.\n---\n");
        List<String> problems = problems(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("01-a.md:3: ongeldige YAML: "), problems.get(0));
    }

    @Test
    void missingStep_isReportedWithTheLineOfTheFrontMatter() throws IOException {
        Path dir = course("01-a.md", "---\ntitle: Een\nsummary: S.\n---\nTekst.\n");
        assertEquals(List.of("01-a.md:2: 'step' ontbreekt"), problems(dir));
    }

    @Test
    void stepThatIsNotANumber_isReported() throws IOException {
        Path dir = course("01-a.md", "---\nstep: een\ntitle: Een\nsummary: S.\n---\n");
        assertEquals(List.of("01-a.md:2: 'step' moet een geheel getal zijn, niet 'een'"), problems(dir));
    }

    @Test
    void duplicateStep_namesBothFiles() throws IOException {
        Path dir = course("01-a.md", GOOD, "01-b.md", GOOD);
        assertEquals(List.of("01-b.md:2: stap 1 bestaat al in 01-a.md"), problems(dir));
    }

    @Test
    void unknownKey_isReportedWithItsLineAndTheAllowedKeys() throws IOException {
        Path dir = course("01-a.md", "---\nstep: 1\ntitel: Een\ntitle: Een\nsummary: S.\n---\n");
        assertEquals(List.of("01-a.md:3: onbekende sleutel 'titel' (toegestaan: step, title, summary, assignment)"), problems(dir));
    }

    @Test
    void missingFrontMatter_isReported() throws IOException {
        Path dir = course("01-a.md", "## Alleen tekst\n");
        assertEquals(List.of("01-a.md:1: front matter ontbreekt: begin het bestand met een regel '---', dan step, title en summary, dan weer '---'"),
                problems(dir));
    }

    @Test
    void unclosedFrontMatter_isReported() throws IOException {
        Path dir = course("01-a.md", "---\nstep: 1\ntitle: Een\n");
        assertEquals(List.of("01-a.md:1: front matter wordt niet afgesloten: zet een regel '---' na de laatste sleutel"), problems(dir));
    }

    @Test
    void gapInSteps_isReported() throws IOException {
        Path dir = course("01-a.md", GOOD, "03-c.md", "---\nstep: 3\ntitle: Drie\nsummary: S.\n---\n");
        assertEquals(List.of("03-c.md:2: stap 2 ontbreekt: de stappen moeten zonder gaten vanaf 1 genummerd zijn"), problems(dir));
    }

    @Test
    void headingOutline_levelOneAndSkippedLevelsAreReported() throws IOException {
        Path dir = course("01-a.md", "---\nstep: 1\ntitle: Een\nsummary: S.\n---\n# Te groot\n\n## Goed\n\n#### Te diep\n");
        assertEquals(List.of(
                "01-a.md:6: kop 'Te groot' is van niveau 1 (#): de titel is al de hoofdkop, gebruik ##",
                "01-a.md:10: kop 'Te diep' slaat een niveau over (#### na ##)"), problems(dir));
    }

    @Test
    void everyBrokenFile_isReportedAtOnce() throws IOException {
        Path dir = course("01-a.md", "---\ntitle: Een\nsummary: S.\n---\n", "02-b.md", "---\nstep: 2\n---\n");
        assertEquals(List.of("01-a.md:2: 'step' ontbreekt", "02-b.md:2: 'title' ontbreekt", "02-b.md:2: 'summary' ontbreekt"), problems(dir));
    }

    @Test
    void courseFile_badPacingAndUnknownKeyAreReported() throws IOException {
        Path dir = course("01-a.md", GOOD);
        Files.writeString(dir.resolve("course.yml"), "title: Cursus\npacing: soms\nstartdatum: 2026-01-01\n");
        assertEquals(List.of("course.yml:2: 'pacing' moet 'weekly' of 'open' zijn, niet 'soms'",
                "course.yml:3: onbekende sleutel 'startdatum' (toegestaan: title, subtitle, description, start_date, pacing)"), problems(dir));
    }

    @Test
    void courseFile_startDateIsRead() throws IOException {
        Path dir = course("01-a.md", GOOD);
        Files.writeString(dir.resolve("course.yml"), "title: Cursus\nstart_date: 2026-01-12\npacing: open\n");
        Course course = loader.load(dir);
        assertEquals(java.time.LocalDate.of(2026, 1, 12), course.startDate());
        assertEquals(Pacing.OPEN, course.pacing());
    }

    @Test
    void missingContentDirectory_namesThePathAndTheVariable() {
        Path dir = Path.of("/tmp/bestaat-echt-niet-" + System.nanoTime());
        List<String> problems = problems(dir);
        assertEquals(List.of(dir + ": map met cursusinhoud niet gevonden; zet CONTENT_DIR op de map met course.yml en de lessen"), problems);
    }

    @Test
    void missingCourseFile_isReported() throws IOException {
        Path dir = course("01-a.md", GOOD);
        Files.delete(dir.resolve("course.yml"));
        assertEquals(List.of("course.yml: bestand ontbreekt: elke cursus heeft een course.yml met ten minste 'title'"), problems(dir));
        assertNull(loader.read(dir).course());
    }
}
