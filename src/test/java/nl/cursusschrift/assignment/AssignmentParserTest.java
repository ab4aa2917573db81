package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.yaml.ContentProblem;
import nl.cursusschrift.course.CourseLoader;
import org.junit.jupiter.api.Test;

/** content check reports broken assignment blocks with file, line and problem. */
class AssignmentParserTest {

    private static List<String> problems(String yaml) {
        return Specs.parse(yaml).problems();
    }

    @Test
    void unknownType_namesTheKnownOnes() {
        assertEquals(List.of("les.md:3: onbekend type 'essay' (bekend: text, choice, number, score, date, time, list, log, journey)"),
                problems("fields:\n  - {id: a, type: essay, label: A}"));
    }

    @Test
    void badCounts() {
        assertEquals(List.of("les.md:3: gebruik 'count' (precies zoveel) of 'min'/'max', niet allebei"),
                problems("fields:\n  - {id: a, type: list, label: A, count: 3, min: 1, fields: [{id: b, type: text, label: B}]}"));
        assertEquals(List.of("les.md:3: 'min' (5) is groter dan 'max' (2)"),
                problems("fields:\n  - {id: a, type: list, label: A, min: 5, max: 2, fields: [{id: b, type: text, label: B}]}"));
        assertEquals(List.of("les.md:3: 'count' moet tussen 1 en 500 liggen, niet 0"),
                problems("fields:\n  - {id: a, type: list, label: A, count: 0, fields: [{id: b, type: text, label: B}]}"));
    }

    @Test
    void missingPartsAndDuplicates() {
        assertEquals(List.of("les.md:3: 'options' ontbreekt"), problems("fields:\n  - {id: a, type: choice, label: A}"));
        assertEquals(List.of("les.md:3: 'label' ontbreekt"), problems("fields:\n  - {id: a, type: text}"));
        assertEquals(List.of("les.md:4: id 'a' komt twee keer voor in deze opdracht"),
                problems("fields:\n  - {id: a, type: text, label: A}\n  - {id: a, type: text, label: B}"));
        assertEquals(List.of("les.md:3: id 'Naam' mag alleen kleine letters, cijfers en _ bevatten en begint met een letter"),
                problems("fields:\n  - {id: Naam, type: text, label: A}"));
        assertEquals(List.of("les.md:2: 'fields' ontbreekt"), problems("intro: Alleen tekst"));
    }

    @Test
    void unknownKeysAndGroupsInGroups() {
        assertEquals(List.of("les.md:3: onbekende sleutel 'lang' (toegestaan: id, type, label, hint, required, shows, long, min_words, max_words)"),
                problems("fields:\n  - {id: a, type: text, label: A, lang: true}"));
        assertEquals(List.of("les.md:3: een list kan niet binnen een lijst, log of klantreis staan"),
                problems("fields:\n  - {id: a, type: list, label: A, fields: [{id: b, type: list, label: B, fields: [{id: c, type: text, label: C}]}]}"));
        assertEquals(List.of("les.md:3: id 'at' komt twee keer voor in 'a' (deze naam is al ingebouwd)"),
                problems("fields:\n  - {id: a, type: log, label: A, fields: [{id: at, type: text, label: B}]}"));
        assertEquals(List.of("les.md:3: 'within' moet een duur zijn als 24h of 7d, niet 'een dag'"),
                problems("fields:\n  - {id: a, type: log, label: A, within: een dag, fields: [{id: b, type: text, label: B}]}"));
    }

    @Test
    void insightsMustNameFieldsOfTheRightType() {
        String fields = "fields:\n  - {id: l, type: log, label: L, fields: [{id: w, type: text, label: W}, {id: i, type: choice, label: I, options: [a, b]}]}\n";
        assertEquals(List.of("les.md:5: inzicht 'share' noemt een onbekend veld 'x'"), problems(fields + "insights:\n  - {type: share, field: x, by: i}"));
        assertEquals(List.of("les.md:5: 'by' moet een keuzeveld zijn; 'w' is een text"), problems(fields + "insights:\n  - {type: share, field: l, by: w}"));
        assertEquals(List.of("les.md:5: 'highlight' 'c' is geen optie van 'i'"), problems(fields + "insights:\n  - {type: share, field: l, by: i, highlight: c}"));
        assertEquals(List.of("les.md:5: 'score' noemt 'i', maar 'l' heeft geen veld met die naam".replace("'i', maar", "'s', maar")),
                problems(fields + "insights:\n  - {type: nps, field: l, score: s}"));
        assertEquals(List.of("les.md:5: inzicht 'curve' tekent een klantreis; 'l' is een log"), problems(fields + "insights:\n  - {type: curve, field: l}"));
        assertEquals(List.of("les.md:5: onbekend soort inzicht 'taart' (bekend: share, nps, plot, curve)"),
                problems(fields + "insights:\n  - {type: taart, field: l}"));
    }

    @Test
    void snapshotRoundTrip_readsTheSameAssignmentBack() {
        Assignment assignment = Specs.ok("intro: Hallo\nfields:\n  - {id: a, type: number, label: A, min: 1, max: 2, integer: true}\n"
                + "  - {id: b, type: journey, label: B, scale: [-2, 2], fields: [{id: c, type: choice, label: C, options: [x, y], max_count: {x: 1}}]}");
        Assignment back = nl.cursusschrift.Main.assignmentParser().fromSnapshot(assignment.source());
        assertEquals(assignment.fields().toString().replaceAll("line=-?\\d+", ""), back.fields().toString().replaceAll("line=-?\\d+", ""));
        assertEquals(assignment.hash(), back.hash());
    }

    @Test
    void crossStepReferences_areCheckedWhenTheCourseIsLoaded() throws IOException {
        Path dir = TestApp.copyOf(TestApp.FIXTURE_COURSE);
        Path lesson = dir.resolve("03-de-klantreis.md");
        Files.writeString(lesson, Files.readString(lesson).replace("shows: {step: 2, field: momenten}", "shows: {step: 2, field: bestaat_niet}")
                .replace("prefill: {step: 2, field: momenten}", "prefill: {step: 4, field: momenten}"));
        List<String> found = nl.cursusschrift.Main.courseLoader().read(dir).problems().stream().map(ContentProblem::toString).toList();
        assertEquals(List.of("03-de-klantreis.md:7: 'shows' van 'reis': stap 2 heeft geen veld 'bestaat_niet'",
                "03-de-klantreis.md:7: 'prefill' van 'reis': stap 4 komt niet vóór stap 3"), found);
    }

    @Test
    void theRealCourse_passes() {
        var result = nl.cursusschrift.Main.courseLoader().read(Path.of("content"));
        assertEquals(List.of(), result.problems());
        assertNotNull(nl.cursusschrift.assignment.Assignment.of(result.course().lesson(5).orElseThrow()));
        assertNull(nl.cursusschrift.Main.courseLoader().read(Path.of("content")).course().lesson(13).orElse(null));
    }
}
