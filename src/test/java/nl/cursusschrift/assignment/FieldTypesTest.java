package nl.cursusschrift.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Per type: parse the declaration, read what a form sends, check it on submit, show it again. */
class FieldTypesTest {

    static JsonNode read(Leaf leaf, String... raw) {
        Leaf.Read read = leaf.read(List.of(raw));
        if (read.error() != null) throw new AssertionError(read.error());
        return read.value();
    }

    static String error(Leaf leaf, String... raw) {
        return leaf.read(List.of(raw)).error();
    }

    @Nested
    class Text {
        final TextField field = Specs.field("{id: t, type: text, label: T, long: true, min_words: 2, max_words: 4}", TextField.class);

        @Test
        void parsesLengthAndWordLimits() {
            assertTrue(field.multiline());
            assertEquals(TextField.LONG_MAX, field.maxChars());
            assertEquals(TextField.SHORT_MAX, Specs.field("{id: t, type: text, label: T}", TextField.class).maxChars());
        }

        @Test
        void checksWordsOnSubmit() {
            assertEquals("Schrijf minstens 2 woorden (nu 1).", field.check(read(field, "één")));
            assertEquals("Schrijf hoogstens 4 woorden (nu 5).", field.check(read(field, "a b c d e")));
            assertNull(field.check(read(field, "regel een\nregel twee")));
        }

        @Test
        void showsWhatWasWritten() {
            assertEquals("Dag & nacht <b>", field.display(read(field, "Dag & nacht <b>")));
            assertEquals(List.of("x"), field.raw(read(field, "x")));
        }
    }

    @Nested
    class Choice {
        final ChoiceField one = Specs.field("{id: c, type: choice, label: C, options: [Magisch, Maakt niet uit, Miserabel]}", ChoiceField.class);
        final ChoiceField many = Specs.field("{id: c, type: choice, label: C, multiple: true, options: [{value: '-1', label: Min}, {value: '2', label: Magic}]}",
                ChoiceField.class);

        @Test
        void readsOneOrMany_andRefusesUnknownValues() {
            assertEquals("Maakt niet uit", read(one, "Maakt niet uit").asText());
            assertEquals("Kies een van de opties.", error(one, "Koning"));
            assertEquals("Kies één optie.", error(one, "Magisch", "Miserabel"));
            assertEquals(2, read(many, "-1", "2").size());
        }

        @Test
        void showsLabels_buttonsForFewOptions() {
            assertEquals("Min, Magic", many.display(read(many, "-1", "2")));
            assertTrue(one.asButtons());
            assertFalse(Specs.field("{id: c, type: choice, label: C, options: [a, b, c, d, e]}", ChoiceField.class).asButtons());
        }
    }

    @Nested
    class Number {
        final NumberField field = Specs.field("{id: n, type: number, label: N, min: 1, max: 100, unit: '%'}", NumberField.class);
        final NumberField whole = Specs.field("{id: n, type: number, label: N, integer: true, unit: klanten}", NumberField.class);

        @Test
        void readsDutchNotation_andOffersTheReadingOfAnEnglishDecimalPointInsteadOfGuessing() {
            assertEquals("12.5", read(field, "12,5").decimalValue().toPlainString());
            assertEquals("Bedoel je 12,5? Gebruik een komma voor decimalen.", error(field, "12.5"));
            assertEquals("40", read(field, "40 %").decimalValue().toPlainString());
            assertEquals(250, read(whole, "250 klanten").asInt());
            assertEquals("Vul een heel getal in, zonder komma.", error(whole, "2,5"));
            assertEquals("Vul een getal in, bijvoorbeeld 12 of 12,5.", error(field, "veel"));
        }

        @Test
        void checksTheRangeOnSubmit() {
            assertEquals("Vul een getal van 1 tot en met 100 in.", field.check(read(field, "0")));
            assertNull(field.check(read(field, "100")));
            assertEquals("12,5%", field.display(read(field, "12,5")));
            assertEquals("250 klanten", whole.display(read(whole, "250")));
        }
    }

    @Nested
    class Score {
        final ScoreField field = Specs.field("{id: s, type: score, label: S, low: Nooit, high: Zeker}", ScoreField.class);

        @Test
        void readsZeroToTen() {
            assertEquals(0, read(field, "0").asInt());
            assertEquals(10, read(field, "10").asInt());
            assertEquals("Kies een cijfer van 0 tot en met 10.", error(field, "11"));
            assertEquals("Kies een cijfer van 0 tot en met 10.", error(field, "acht"));
            assertEquals(11, field.scale().size());
        }
    }

    @Nested
    class Dates {
        final DateField date = Specs.field("{id: d, type: date, label: D}", DateField.class);
        final TimeField time = Specs.field("{id: t, type: time, label: T}", TimeField.class);

        @Test
        void readsIsoAndDutchDates_strictly() {
            assertEquals("2026-11-23", read(date, "2026-11-23").asText());
            assertEquals("2026-11-23", read(date, "23-11-2026").asText());
            assertEquals("Vul een datum in als 23-11-2026.", error(date, "31-02-2026"));
            assertEquals("23 november 2026", date.display(read(date, "23-11-2026")));
        }

        @Test
        void readsTimes() {
            assertEquals("09:05", read(time, "9:05").asText());
            assertEquals("14:30", read(time, "14.30").asText());
            assertEquals("Vul een tijd in als 14:30.", error(time, "25:00"));
        }
    }

    @Nested
    class Groups {
        @Test
        void listWithExactCount() {
            ListField list = Specs.field("""
                    {id: m, type: list, label: M, count: 3, item: Moment, fields: [{id: o, type: text, label: O}]}""", ListField.class);
            assertEquals(3, list.slots());
            assertEquals("Vul er precies 3 in; je hebt er 2 ingevuld.", list.countProblem(2));
            assertNull(list.countProblem(3));
        }

        @Test
        void listWithARange_andOptionalLists() {
            ListField list = Specs.field("{id: m, type: list, label: M, min: 10, max: 12, fields: [{id: o, type: text, label: O}]}", ListField.class);
            assertEquals("Vul er minstens 10 in; je hebt er 1 ingevuld.", list.countProblem(1));
            assertEquals("Vul er hoogstens 12 in; je hebt er 13 ingevuld.", list.countProblem(13));
            ListField optional = Specs.field("{id: m, type: list, label: M, min: 2, required: false, fields: [{id: o, type: text, label: O}]}", ListField.class);
            assertNull(optional.countProblem(0));
        }

        @Test
        void logHasABuiltInTimeAndAWindow() {
            LogField log = Specs.field("{id: l, type: log, label: L, within: 24h, fields: [{id: w, type: text, label: W}]}", LogField.class);
            assertEquals(List.of("at", "w"), log.fields().stream().map(Field::id).toList());
            assertEquals("24 uur", log.withinText());
            assertEquals("7 dagen", Specs.field("{id: l, type: log, label: L, within: 7d, fields: [{id: w, type: text, label: W}]}",
                    LogField.class).withinText());
        }

        @Test
        void journeyHasTouchpointAndFeelingOnItsScale() {
            JourneyField journey = Specs.field("{id: j, type: journey, label: J, scale: [-3, 3]}", JourneyField.class);
            assertEquals(List.of("touchpoint", "feeling"), journey.fields().stream().map(Field::id).toList());
            ScoreField feeling = (ScoreField) journey.field("feeling");
            assertEquals(-3, feeling.min());
            assertEquals(3, feeling.max());
        }
    }
}
