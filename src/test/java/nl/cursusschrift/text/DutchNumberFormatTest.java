package nl.cursusschrift.text;

import static nl.cursusschrift.text.DutchNumberParseTest.accepted;
import static nl.cursusschrift.text.DutchNumberParseTest.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import nl.cursusschrift.text.ParsedNumber.Accepted;
import nl.cursusschrift.text.ParsedNumber.Refused;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Showing numbers in Dutch, and the property that what is shown reads back as the same number. */
class DutchNumberFormatTest {

    @Nested
    class Formats {
        @ParameterizedTest(name = "{0} as {1}")
        @CsvSource(delimiter = '|', value = {
                "4000 | 4.000", "4000000 | 4.000.000", "999 | 999", "1000 | 1.000", "0 | 0", "1250.5 | 1.250,5",
                "12.50 | 12,50", "-3 | -3", "-1250.5 | -1.250,5", "-0.05 | -0,05", "0.250 | 0,250",
                "4E+3 | 4.000", "1E-7 | 0,0000001", "123456789012345 | 123.456.789.012.345", "-100000 | -100.000"})
        void dutchGroupingAndDecimalComma_neverAnExponent(String value, String text) {
            assertEquals(text, DutchNumber.format(new BigDecimal(value)));
        }

        @Test
        void nothingStoredIsShownAsNothing() {
            assertEquals("", DutchNumber.format(null));
            assertEquals("", DutchNumber.formatForInput(null));
            assertEquals("", DutchNumber.formatWithUnit(null, "%"));
        }

        @Test
        void forInput_theLearnerSeesBackTheGroupedForm_whichReadsAsTheSameNumber() {
            assertEquals("4.000", DutchNumber.formatForInput(accepted("4.000", "klanten", true)));
            assertEquals("4.000", DutchNumber.formatForInput(accepted("4000", "klanten", true)));
            assertEquals("12,50", DutchNumber.formatForInput(accepted("€ 12,50", "euro", false)));
        }

        @ParameterizedTest(name = "{0} {1} as {2}")
        @CsvSource(delimiter = '|', value = {
                "12.50 | euro | € 12,50", "-12.50 | € | € -12,50", "12 | % | 12%", "12.5 | procent | 12,5%",
                "4000 | klanten | 4.000 klanten", "4000 | ' klanten ' | 4.000 klanten", "4000 | '' | 4.000"})
        void withTheFieldsUnit(String value, String unit, String text) {
            assertEquals(text, DutchNumber.formatWithUnit(new BigDecimal(value), unit));
        }
    }

    @Nested
    class RoundTrip {
        final Random random = new Random(17);

        @Test
        void everyWholeNumberInARange_readsBackExactly_inBothKindsOfField() {
            for (long n = -20_000; n <= 20_000; n++) {
                assertRoundTrip(BigDecimal.valueOf(n));
            }
        }

        @Test
        void randomNumbersUpToFifteenDigits_readBackExactly_scaleIncluded() {
            for (int i = 0; i < 50_000; i++) {
                int digits = 1 + random.nextInt(DutchNumber.MAX_DIGITS);
                long unscaled = (long) (random.nextDouble() * Math.pow(10, digits));
                BigDecimal value = BigDecimal.valueOf(random.nextBoolean() ? -unscaled : unscaled, random.nextInt(digits + 1));
                assertRoundTrip(value);
            }
        }

        @Test
        void edgesOfTheLimit_readBackExactly() {
            for (String value : new String[] {"999999999999999", "-999999999999999", "0.00000000000001", "99999999999999.9", "0.10", "1000.000"}) {
                assertRoundTrip(new BigDecimal(value));
            }
        }

        @Test
        void withTheFieldsUnit_readsBackExactly() {
            for (int i = 0; i < 5_000; i++) {
                BigDecimal value = BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(3));
                for (String unit : new String[] {"euro", "€", "%", "procent", "klanten", "uur per week"}) {
                    assertExactly(value.toPlainString(), accepted(DutchNumber.formatWithUnit(value, unit), unit, false));
                }
            }
        }

        private void assertRoundTrip(BigDecimal value) {
            String text = DutchNumber.format(value);
            assertFalse(text.contains("E"), text);
            assertEquals(value, accepted(text, null, false), text);
            assertEquals(value, accepted(DutchNumber.formatForInput(value), null, false), text);
            if (value.scale() == 0) assertEquals(value, accepted(text, null, true), text);
        }
    }

    @Nested
    class NeverThrows {
        private static final String ALPHABET = "0123456789.,,.  -−–+€%eE٣４abc\u00A0\u202F\u200B'";

        @Test
        void onRandomText_andWhatItAcceptsFormatsBackToItself() {
            Random random = new Random(42);
            for (int i = 0; i < 200_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(14); n > 0; n--) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                for (String unit : new String[] {null, "euro", "%"}) {
                    boolean integer = random.nextBoolean();
                    ParsedNumber parsed = DutchNumber.parse(text.toString(), unit, integer);
                    assertNotNull(parsed, text.toString());
                    if (parsed instanceof Accepted ok) {
                        assertTrue(ok.value().precision() <= DutchNumber.MAX_DIGITS, text.toString());
                        assertTrue(!integer || ok.value().scale() == 0, text.toString());
                        assertEquals(ok.value(), accepted(DutchNumber.format(ok.value()), unit, integer), text.toString());
                    } else {
                        assertFalse(((Refused) parsed).message().isBlank(), text.toString());
                    }
                }
            }
        }

        @Test
        void onAVeryLongPaste() {
            assertInstanceOf(Refused.class, DutchNumber.parse("1.".repeat(50_000), null, false));
            assertInstanceOf(Refused.class, DutchNumber.parse("9".repeat(100_000), null, true));
            assertExactly("1", accepted("0".repeat(100_000) + "1", null, true));
        }
    }
}
