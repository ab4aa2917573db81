package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
    final Assignment assignment = Specs.ok("""
            fields:
              - {id: naam, type: text, label: Naam}
              - {id: n, type: number, label: N, required: false}
              - id: log
                type: log
                label: Log
                within: 24h
                min: 2
                fields: [{id: wie, type: text, label: Wie}, {id: opt, type: text, label: Opt, required: false}]
            """);
    final LocalDateTime now = LocalDateTime.of(2026, 11, 23, 12, 0);

    ObjectNode read(String... nameValues) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) params.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
        return FormInput.read(assignment, params).raw();
    }

    @Test
    void aDraftOnlyHasToFit_typeProblemsAreWarnings() {
        var outcome = AnswerCheck.draft(assignment, read("n", "veel"));
        assertTrue(outcome.ok());
        assertEquals(Map.of("n", "Vul een getal in, bijvoorbeeld 12 of 12,5."), outcome.warnings());
        var tooLong = AnswerCheck.draft(assignment, read("naam", "x".repeat(501)));
        assertEquals(Map.of("naam", "Hier passen hoogstens 500 tekens; nu zijn het er 501."), tooLong.errors());
    }

    @Test
    void aSubmissionMustBeComplete() {
        var outcome = AnswerCheck.submission(assignment, read("log[0].at", "2026-11-23T11:00", "log[0].opt", "alleen dit"), now);
        assertEquals(Map.of("naam", "Vul dit in.", "log[0].wie", "Vul dit in.", "log", "Vul er minstens 2 in; je hebt er 1 ingevuld."),
                outcome.errors());
    }

    @Test
    void emptyItemsAndPrefilledTimesDoNotCount_andItemsAreCompacted() {
        ObjectNode raw = read("log[0].at", "2026-11-23T11:00", "log[3].at", "2026-11-23T11:30", "log[3].wie", "Bakker",
                "log[7].wie", "Conducteur", "log[7].at", "2026-11-23T11:45");
        assertEquals(2, raw.get("log").size());
        assertEquals("Bakker", raw.get("log").get(0).get("wie").asText());
        var outcome = AnswerCheck.submission(assignment, with(raw, "naam", "Anna"), now);
        assertTrue(outcome.ok(), outcome.errors().toString());
        assertEquals("2026-11-23T11:45", outcome.typed().get("log").get(1).get("at").asText());
    }

    @Test
    void logRowsOutsideTheWindowAreRefused_aFewMinutesAheadIsFine() {
        ObjectNode raw = read("naam", "A", "log[0].at", "2026-11-22T11:59", "log[0].wie", "Te oud",
                "log[1].at", "2026-11-23T12:04", "log[1].wie", "Klok loopt voor", "log[2].at", "2026-11-23T12:30", "log[2].wie", "Toekomst");
        var outcome = AnswerCheck.submission(assignment, raw, now);
        assertEquals(List.of("log[0].at", "log[2].at"), List.copyOf(outcome.errors().keySet()));
    }

    @Test
    void controlCharactersAreRemoved_lineEndsNormalised() {
        ObjectNode raw = read("naam", "  An\u0000na\r\nde Vries\u0007 ");
        assertEquals("Anna\nde Vries", raw.get("naam").asText());
    }

    private static ObjectNode with(ObjectNode raw, String name, String value) {
        raw.put(name, value);
        return raw;
    }
}
