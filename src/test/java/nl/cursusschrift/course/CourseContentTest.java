package nl.cursusschrift.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.assignment.ChoiceField;
import nl.cursusschrift.assignment.Field;
import nl.cursusschrift.assignment.JourneyField;
import nl.cursusschrift.assignment.ListField;
import nl.cursusschrift.assignment.LogField;
import nl.cursusschrift.assignment.ScoreField;
import nl.cursusschrift.assignment.Shows;
import nl.cursusschrift.insight.InsightSpec;
import org.junit.jupiter.api.Test;

/** The shipped course: "Superenthousiaste Klanten" in twelve steps, in our own words. */
class CourseContentTest {
    static final Path CONTENT = Path.of("content");
    /** The seed articles live next to the project in its workplace; CI checks against them when present. */
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static Path seedsIfPresent() {
        return Files.isDirectory(SEEDS) ? SEEDS : null;
    }

    private static Course course() {
        return nl.cursusschrift.Main.courseLoader().load(CONTENT);
    }

    @Test
    void theCourseMeetsEveryRule() {
        assertEquals(List.of(), CourseRules.problems(CONTENT, seedsIfPresent()));
    }

    @Test
    void noRunOfTenWordsIsCopiedFromTheSeeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed articles not present at " + SEEDS.toAbsolutePath());
        var runs = CourseRules.runs(SEEDS);
        assertTrue(runs.size() > 1000, "the seeds were read");
        try (var files = Files.list(CONTENT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml")).toList()) {
                assertEquals(0, CourseRules.copiedRuns(CourseRules.words(Files.readString(file)), runs), file + " copies seed text");
            }
        }
    }

    @Test
    void copiedSeedText_isCaught() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed articles not present at " + SEEDS.toAbsolutePath());
        Path dir = TestApp.copyOf(CONTENT);
        String seed;
        try (var files = Files.list(SEEDS)) {
            seed = Files.readString(files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow());
        }
        String copied = String.join(" ", CourseRules.words(seed).subList(20, 32));
        Path lesson = dir.resolve("05-magische-en-miserabele-momenten.md");
        Files.writeString(lesson, Files.readString(lesson) + "\n" + copied + "\n");
        List<String> problems = CourseRules.problems(dir, SEEDS);
        assertEquals(List.of("05-magische-en-miserabele-momenten.md: 3 reeksen van 10 woorden komen letterlijk uit de bronartikelen"), problems);
    }

    @Test
    void aLessonWithoutAssignment_aMissingStep_andABadReference_failLoudly() throws IOException {
        Path dir = TestApp.copyOf(CONTENT);
        Path step8 = dir.resolve("08-begin-hoogtepunt-en-einde.md");
        String text = Files.readString(step8);
        int start = text.indexOf("assignment:");
        int end = text.indexOf("\n---", start);
        Files.writeString(step8, text.substring(0, start) + text.substring(end + 1));
        assertTrue(CourseRules.problems(dir, null).contains("08-begin-hoogtepunt-en-einde.md: stap 8 heeft geen opdracht"));

        Files.delete(dir.resolve("08-begin-hoogtepunt-en-einde.md"));
        List<String> missing = CourseRules.problems(dir, null);
        assertTrue(missing.get(0).endsWith("stap 8 ontbreekt: de stappen moeten zonder gaten vanaf 1 genummerd zijn"), missing.toString());

        Path copy = TestApp.copyOf(CONTENT);
        Path step4 = copy.resolve("04-momenten-van-de-waarheid.md");
        Files.writeString(step4, Files.readString(step4).replace("prefill: {step: 2, field: contactmomenten}", "prefill: {step: 2, field: kanalen}"));
        List<String> reference = CourseRules.problems(copy, null);
        assertEquals(1, reference.size(), reference.toString());
        assertTrue(reference.get(0).contains("'prefill' van 'indeling': stap 2 heeft geen veld 'kanalen'"), reference.toString());
    }

    @Test
    void everyFieldTypeIsUsedSomewhere() {
        var used = course().lessons().stream().flatMap(l -> nl.cursusschrift.assignment.Assignment.of(l).fields().stream())
                .flatMap(f -> f instanceof nl.cursusschrift.assignment.Group g ? java.util.stream.Stream.concat(java.util.stream.Stream.of(f),
                        g.fields().stream().map(x -> (Field) x)) : java.util.stream.Stream.of(f))
                .map(Field::type).collect(java.util.stream.Collectors.toSet());
        assertTrue(used.containsAll(Field.TYPES.keySet()), "used: " + used);
    }

    @Test
    void step5_asksForThreeMagicalAndThreeMiserableMoments_andALogOfTheLast24Hours() {
        var assignment = nl.cursusschrift.assignment.Assignment.of(course().lesson(5).orElseThrow());
        ListField magisch = assertInstanceOf(ListField.class, assignment.field("magisch").orElseThrow());
        ListField miserabel = assertInstanceOf(ListField.class, assignment.field("miserabel").orElseThrow());
        assertEquals(3, magisch.count());
        assertEquals(3, miserabel.count());
        assertEquals(List.of("organisatie", "wat", "verteld_aan"), magisch.fields().stream().map(Field::id).toList());
        LogField log = assertInstanceOf(LogField.class, assignment.field("contacten").orElseThrow());
        assertEquals(java.time.Duration.ofHours(24), log.within());
        ChoiceField impression = assertInstanceOf(ChoiceField.class, log.field("indruk"));
        assertEquals(List.of("Magisch", "Maakt niet uit", "Miserabel"), impression.options().stream().map(ChoiceField.Option::value).toList());
        assertEquals(List.of(new InsightSpec.Share("contacten", "indruk", "Maakt niet uit")), nl.cursusschrift.insight.Insights.specs(assignment));
    }

    @Test
    void laterStepsBuildOnEarlierOnes() {
        Course course = course();
        var step4 = (ListField) nl.cursusschrift.assignment.Assignment.of(course.lesson(4).orElseThrow()).fields().get(0);
        assertEquals(new nl.cursusschrift.assignment.Group.Prefill(2, "contactmomenten"), step4.prefill());
        var step9 = assertInstanceOf(JourneyField.class, nl.cursusschrift.assignment.Assignment.of(course.lesson(9).orElseThrow()).fields().get(0));
        assertEquals(3, step9.prefill().step());
        assertEquals(Shows.everything(), nl.cursusschrift.assignment.Assignment.of(course.lesson(12).orElseThrow()).fields().get(0).common().shows());
        var step7 = (ListField) nl.cursusschrift.assignment.Assignment.of(course.lesson(7).orElseThrow()).fields().get(0);
        assertInstanceOf(ScoreField.class, step7.field("score"));
        assertEquals(10, step7.min());
        assertTrue(nl.cursusschrift.insight.Insights.specs(nl.cursusschrift.assignment.Assignment.of(course.lesson(7).orElseThrow())).get(0) instanceof InsightSpec.Nps);
        assertTrue(nl.cursusschrift.insight.Insights.specs(nl.cursusschrift.assignment.Assignment.of(course.lesson(6).orElseThrow())).get(0) instanceof InsightSpec.Plot);
        assertNotNull(((ListField) nl.cursusschrift.assignment.Assignment.of(course.lesson(2).orElseThrow()).fields().get(0)).field("kanaal"));
        assertEquals(10, ((ListField) nl.cursusschrift.assignment.Assignment.of(course.lesson(2).orElseThrow()).fields().get(0)).min());
    }

    @Test
    void wordCountsAndLongestSharedRun_areReported() {
        assumeTrue(Files.isDirectory(SEEDS));
        for (Lesson lesson : course().lessons()) {
            try {
                String text = Files.readString(CONTENT.resolve(lesson.file()));
                int words = CourseRules.words(CourseRules.body(text)).size();
                int run = CourseRules.longestSharedRun(CourseRules.words(text), SEEDS);
                System.out.printf("stap %2d  %5d woorden  langste gedeelde reeks %d%n", lesson.step(), words, run);
                assertTrue(run < CourseRules.COPY_RUN);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
