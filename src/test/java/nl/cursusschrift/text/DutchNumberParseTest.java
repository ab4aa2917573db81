package nl.cursusschrift.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import nl.cursusschrift.text.ParsedNumber.Accepted;
import nl.cursusschrift.text.ParsedNumber.Refused;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading what a learner typed: what is taken, and what is refused with which message. */
class DutchNumberParseTest {

    static BigDecimal accepted(String text, String unit, boolean integer) {
        ParsedNumber parsed = DutchNumber.parse(text, unit, integer);
        if (parsed instanceof Refused refused) throw new AssertionError("'" + text + "' refused: " + refused.message());
        return ((Accepted) parsed).value();
    }

    static Refused refused(String text, String unit, boolean integer) {
        return assertInstanceOf(Refused.class, DutchNumber.parse(text, unit, integer), "'" + text + "' was accepted");
    }

    /** Equal including the scale: 12,50 must come back as 12.50, not 12.5. */
    static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    @Nested
    class Accepts {
        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
                "4000 | 4000", "4.000 | 4000", "4.000.000 | 4000000", "1.250 | 1250", "999 | 999", "0 | 0", "007 | 7",
                "1,5 | 1.5", "12,50 | 12.50", "1.250,5 | 1250.5", "1.250,50 | 1250.50", "0,05 | 0.05", ",5 | 0.5",
                "-3 | -3", "−3 | -3", "–3 | -3", "+3 | 3", "- 3 | -3", "-1.250,5 | -1250.5", "-0 | 0",
                "123456789012345 | 123456789012345", "0,12345678901234 | 0.12345678901234", "00000000000000000001 | 1"})
        void dutchNotation_inADecimalField(String text, String value) {
            assertExactly(value, accepted(text, null, false));
        }

        @ParameterizedTest(name = "{0} is 4000")
        @ValueSource(strings = {"4 000", "4\u00A0000", "4\u202F000", "4\u2007000", "4\u2009000", "  4000\t", "\u00A04.000\n", "4\u200B000", "\uFEFF4000"})
        void spacesAsGroupingAndAroundTheNumber(String text) {
            assertExactly("4000", accepted(text, null, true));
        }

        @Test
        void groupingWithSpacesTakesDecimalsToo() {
            assertExactly("1234567.89", accepted("1 234 567,89", null, false));
        }

        @ParameterizedTest(name = "{0} is 4000")
        @ValueSource(strings = {"4.000", "4000", "4 000", "+4.000"})
        void wholeNumberField_readsTheDotAsThousands_never4(String text) {
            assertExactly("4000", accepted(text, null, true));
        }

        @ParameterizedTest(name = "{0} is 4")
        @ValueSource(strings = {"4,0", "4,00", "4,-"})
        void wholeNumberField_takesZeroDecimalsAsTheWholeNumber(String text) {
            BigDecimal value = accepted(text, null, true);
            assertExactly("4", value);
            assertEquals(0, value.scale());
        }

        @Test
        void decimalField_keepsZeroDecimalsAsTyped() {
            assertExactly("4.0", accepted("4,0", null, false));
            assertExactly("4.00", accepted("4,00", null, false));
        }

        @ParameterizedTest(name = "{0} is 12.50")
        @ValueSource(strings = {"€ 12,50", "€12,50", "12,50 euro", "12,50 Euro", "12,50 EUR", "12,50 €", "12,50 euro's", "  € 12,50  "})
        void amountsWithTheEuroSign_inAEuroField(String text) {
            assertExactly("12.50", accepted(text, "euro", false));
            assertExactly("12.50", accepted(text, "€", false));
        }

        @ParameterizedTest(name = "{0} is -12.50")
        @ValueSource(strings = {"-€ 12,50", "€ -12,50", "− € 12,50", "-12,50 euro"})
        void negativeAmounts_withTheSignBeforeOrAfterTheEuroSign(String text) {
            assertExactly("-12.50", accepted(text, "euro", false));
        }

        @Test
        void wholeEurosWrittenAsCommaDash() {
            assertExactly("25", accepted("€ 25,-", "euro", false));
            assertExactly("1250", accepted("€ 1.250,--", "euro", true));
        }

        @ParameterizedTest(name = "{0} is 12")
        @ValueSource(strings = {"12 %", "12%", "12 procent", "12", " 12 % "})
        void percentages_inAPercentField(String text) {
            assertExactly("12", accepted(text, "%", true));
        }

        @Test
        void percentageWithDecimals() {
            assertExactly("12.5", accepted("12,5%", "%", false));
        }

        @ParameterizedTest(name = "{0} is 4000")
        @ValueSource(strings = {"4.000 klanten", "4000 Klanten", "4.000klanten", "4000", "4 000  klanten"})
        void theFieldsOwnUnit_isStrippedInAnyCase(String text) {
            assertExactly("4000", accepted(text, "klanten", true));
        }

        @Test
        void aUnitOfMoreWords_matchesWhateverTheSpacing() {
            assertExactly("3", accepted("3 uur  per week", "uur per week", true));
        }
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "1.5 | Bedoel je 1,5? Gebruik een komma voor decimalen. | 1.5",
                "4.5 | Bedoel je 4,5? Gebruik een komma voor decimalen. | 4.5",
                "12.50 | Bedoel je 12,50? Gebruik een komma voor decimalen. | 12.50",
                "1.2345 | Bedoel je 1,2345? Gebruik een komma voor decimalen. | 1.2345",
                "0.250 | Bedoel je 0,250? Gebruik een komma voor decimalen. | 0.250",
                ".5 | Bedoel je 0,5? Gebruik een komma voor decimalen. | 0.5",
                "-1.5 | Bedoel je -1,5? Gebruik een komma voor decimalen. | -1.5",
                "12. | Bedoel je 12? Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000. | 12",
                "1,250.5 | Bedoel je 1.250,5? Gebruik een komma voor decimalen en een punt tussen duizendtallen. | 1250.5",
                "4,000,000 | Bedoel je 4.000.000? Gebruik een punt tussen duizendtallen, geen komma. | 4000000",
                "12, | Bedoel je 12? Na de komma ontbreken cijfers. | 12",
                "3- | Bedoel je -3? Zet het minteken vóór het getal. | -3",
                "1.250- | Bedoel je -1.250? Zet het minteken vóór het getal. | -1250"})
        void whatIsAmbiguous_isRefusedWithTheLikelyReadingOffered(String text, String message, String suggestion) {
            Refused refused = refused(text, null, false);
            assertEquals(message, refused.message());
            assertExactly(suggestion, refused.suggestion());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "4.00.0 | Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000.",
                "4.000.00 | Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000.",
                "4..000 | Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000.",
                "1.5,5 | Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000.",
                "0.250,5 | Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000.",
                "4 00 | Een spatie staat alleen tussen groepen van drie cijfers, zoals in 4 000.",
                "4  000 | Een spatie staat alleen tussen groepen van drie cijfers, zoals in 4 000.",
                "12 ,5 | Een spatie staat alleen tussen groepen van drie cijfers, zoals in 4 000.",
                "4.000 000 | Gebruik punten of spaties tussen de duizendtallen, niet allebei.",
                "1,2.5 | Na de komma staan alleen cijfers, zoals in 1.250,75.",
                "1, 5 | Na de komma staan alleen cijfers, zoals in 1.250,75.",
                "4.000,00,0 | Gebruik hoogstens één komma: die staat voor de decimalen, zoals in 1.250,5.",
                "1,2,3 | Gebruik hoogstens één komma: die staat voor de decimalen, zoals in 1.250,5.",
                "1e9 | Schrijf het getal voluit, zonder ‘e’: dus 1000 in plaats van 1e3.",
                "1E-3 | Schrijf het getal voluit, zonder ‘e’: dus 1000 in plaats van 1e3.",
                "1,5e3 | Schrijf het getal voluit, zonder ‘e’: dus 1000 in plaats van 1e3.",
                "--3 | Gebruik één minteken, vóór het getal: bijvoorbeeld -3.",
                "+-3 | Gebruik één minteken, vóór het getal: bijvoorbeeld -3.",
                "-3- | Gebruik één minteken, vóór het getal: bijvoorbeeld -3.",
                "3-- | Bedoel je -3? Zet het minteken vóór het getal.",
                "٣ | Typ het getal met de cijfers 0 tot en met 9.",
                "1٢3 | Typ het getal met de cijfers 0 tot en met 9.",
                "４０００ | Typ het getal met de cijfers 0 tot en met 9.",
                "१२ | Typ het getal met de cijfers 0 tot en met 9.",
                "abc | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                "- | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                ", | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                "€ | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                "%12 | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                "3-5 | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                "12abc34 | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                "4'000 | Vul een getal in, bijvoorbeeld 12 of 12,5.",
                "12abc | Vul alleen het getal in, zonder ‘abc’.",
                "12 % | Vul alleen het getal in, zonder ‘%’.",
                "€ 12,50 | Vul alleen het getal in, zonder ‘€’.",
                "1234567890123456 | Dit getal heeft te veel cijfers: gebruik er hoogstens 15.",
                "0,0000000000000001 | Dit getal heeft te veel cijfers: gebruik er hoogstens 15.",
                "1.234.567.890.123.456 | Dit getal heeft te veel cijfers: gebruik er hoogstens 15."})
        void whatIsNoNumber_isRefusedWithAMessageAndNoSuggestion(String text, String message) {
            Refused refused = refused(text, null, false);
            assertEquals(message, refused.message());
            if (!message.startsWith("Bedoel je")) assertNull(refused.suggestion());
        }

        @Test
        void fortyDigits_sayTheMaximum() {
            assertEquals("Dit getal heeft te veel cijfers: gebruik er hoogstens 15.", refused("1".repeat(40), null, true).message());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\u00A0", "\t\n"})
        void emptyInput(String text) {
            assertEquals("Vul een getal in.", refused(text, null, false).message());
            assertEquals("Vul een heel getal in.", refused(text, null, true).message());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"4,5", "4,000", "4,05", "4,50", "0,5", ",5", "1.250,5", "4,0000"})
        void wholeNumberField_refusesAComma(String text) {
            Refused refused = refused(text, null, true);
            assertEquals("Vul een heel getal in, zonder komma.", refused.message());
            assertNull(refused.suggestion());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1.5", "12.50", "12.", "0.250"})
        void wholeNumberField_refusesADotThatIsNoGrouping_withoutOfferingADecimal(String text) {
            Refused refused = refused(text, null, true);
            assertEquals("Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000. Vul een heel getal in.", refused.message());
            assertNull(refused.suggestion());
        }

        @Test
        void wholeNumberField_offersTheEnglishReadingOnlyWhenItIsWhole() {
            assertExactly("4000000", refused("4,000,000", null, true).suggestion());
            assertEquals("Vul een heel getal in, zonder komma.", refused("1,250.5", null, true).message());
        }

        @Test
        void wholeNumberField_saysWhatAWholeNumberLooksLike() {
            assertEquals("Vul een heel getal in, bijvoorbeeld 12.", refused("twaalf", null, true).message());
        }

        @Test
        void aUnitOtherThanTheFields_namesBoth() {
            assertEquals("Vul alleen het getal in: hier hoort ‘klanten’ bij, niet ‘mensen’.", refused("4000 mensen", "klanten", true).message());
            assertEquals("Vul alleen het getal in: hier hoort ‘klanten’ bij, niet ‘€’.", refused("€ 4000", "klanten", true).message());
            assertEquals("Vul alleen het getal in: hier hoort ‘%’ bij, niet ‘euro’.", refused("12 euro", "%", false).message());
            assertEquals("Vul alleen het getal in: hier hoort ‘euro’ bij, niet ‘%’.", refused("12 %", "euro", false).message());
            assertEquals("Vul alleen het getal in: hier hoort ‘klanten’ bij, niet ‘abc’.", refused("12abc", "klanten", true).message());
        }

        @Test
        void aLongPastedUnit_isShortenedInTheMessage() {
            String message = refused("12 " + "x".repeat(500), null, false).message();
            assertEquals("Vul alleen het getal in, zonder ‘" + "x".repeat(20) + "…’.", message);
        }

        @Test
        void theEuroUnitTwice() {
            assertEquals("Noem de eenheid maar één keer, bijvoorbeeld € 12,50.", refused("€ 12,50 euro", "euro", false).message());
            assertEquals("Noem de eenheid maar één keer, bijvoorbeeld € 12,50.", refused("€€12", "euro", false).message());
        }
    }
}
