package nl.cursusschrift.text;

import java.math.BigDecimal;

/**
 * Numbers as a Dutch person types and reads them (nl-NL): a dot groups thousands, a comma starts the decimals.
 *
 * <p>Accepted, for a field that allows decimals unless said otherwise:
 * <ul>
 *   <li>{@code 4000}, {@code 4.000}, {@code 4.000.000}, {@code 4 000} (any space: no-break, narrow, thin): 4000 and so on;
 *   <li>{@code 1,5}, {@code 12,50}, {@code 1.250,5}, {@code ,5} (0,5): the decimals kept as typed, 12,50 stays 12.50;
 *   <li>a sign before the number: {@code -3}, {@code −3} (U+2212), {@code –3} (en dash), {@code +3}, also {@code - 3};
 *   <li>the field's own unit after the number, any case: {@code 4000 klanten}; {@code 12 %}, {@code 12%} and
 *       {@code 12 procent} in a % field; {@code € 12,50}, {@code €12,50}, {@code -€ 12,50}, {@code 12,50 euro},
 *       {@code 12,50 EUR} and {@code € 12,-} (whole euros) in a euro field;
 *   <li>white space around it, and invisible characters a paste brings along (zero-width space, BOM).
 * </ul>
 * A field for whole numbers takes {@code 4.000} as 4000, never 4, and {@code 4,0} or {@code 4,00} as 4.
 *
 * <p>Refused, never guessed: the answer is a {@link ParsedNumber.Refused} with a Dutch message and, when one
 * reading is likely, a suggestion the learner can take ("Bedoel je 1,5?"). Nothing here throws.
 * <ul>
 *   <li>one dot not followed by exactly three digits ({@code 1.5}, {@code 12.50}, {@code 1.2345}, {@code 0.250},
 *       {@code 12.}): an English decimal point or a slip; the English reading is offered, in a whole-number field nothing;
 *   <li>English grouping ({@code 4,000,000}, {@code 1,250.5}): the English reading is offered;
 *   <li>inconsistent grouping ({@code 4.00.0}, {@code 4 00}, {@code 4.000 000}, {@code 1.5,5}), two commas
 *       ({@code 1,2,3}, {@code 4.000,00,0}), a comma with no digits after it ({@code 12,}, 12 is offered);
 *   <li>in a whole-number field, any other comma ({@code 4,5}, and {@code 4,000}, which could be an English 4000);
 *   <li>{@code 1e9}; two signs ({@code --3}); a sign after the number ({@code 3-}, -3 is offered);
 *   <li>digits other than 0-9 ({@code ٣}, fullwidth); more than {@link #MAX_DIGITS} digits;
 *   <li>empty input, words ({@code abc}), and a unit the field does not declare ({@code 12abc}, {@code € 12} in a
 *       field of klanten, {@code 12 %} in a field without unit: the unit is the author's to declare, not ours to drop).
 * </ul>
 * Range (min, max) is the field's business, not this parser's.
 */
public final class DutchNumber {
    /**
     * Fifteen digits, so every accepted number survives the doubles that JSON readers, charts and exports use,
     * and is far beyond any count or amount a course asks for.
     */
    public static final int MAX_DIGITS = 15;

    private DutchNumber() {}

    /**
     * @param unit    the unit the field declares ("klanten", "%", "euro"), or null
     * @param integer whether the field takes whole numbers only
     */
    public static ParsedNumber parse(String text, String unit, boolean integer) {
        return new NumberReader(NumberUnit.of(unit), integer).read(text);
    }

    /** For reading: {@code 4.000}, {@code 1.250,5}, {@code 12,50}, {@code -3}; the scale as stored, never an exponent; null is "". */
    public static String format(BigDecimal value) {
        if (value == null) return "";
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        String digits = plain.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder(plain.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) out.append('.');
            out.append(whole.charAt(i));
        }
        if (point >= 0) out.append(',').append(digits, point + 1, digits.length());
        return out.toString();
    }

    /**
     * For the value of an input after a reload: the same text as {@link #format}, so the learner sees back what they
     * read everywhere else ({@code 4.000}, which the parser reads as 4000 again). Kept apart so typography on the
     * page can change without breaking that round trip, which the tests hold to.
     */
    public static String formatForInput(BigDecimal value) {
        return format(value);
    }

    /** For reading with the field's unit: {@code € 12,50}, {@code 12%}, {@code 4.000 klanten}; parses back with that unit. */
    public static String formatWithUnit(BigDecimal value, String unit) {
        return value == null ? "" : NumberUnit.of(unit).show(format(value));
    }
}
