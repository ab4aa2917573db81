package nl.cursusschrift.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nl.cursusschrift.text.ParsedNumber.Accepted;
import nl.cursusschrift.text.ParsedNumber.Refused;

/** Reads one learner's text into a number by the rules in {@link DutchNumber}; a new one per field. */
final class NumberReader {
    /** 1,250.5 and 4,000,000: English grouping, which no Dutch reading explains. */
    private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern EXPONENT = Pattern.compile("[eE][-+\u2212]?\\d.*");
    private static final String DOT_RULE = "Een punt staat alleen tussen groepen van drie cijfers, zoals in 4.000.";

    private final NumberUnit unit;
    private final boolean integer;

    NumberReader(NumberUnit unit, boolean integer) {
        this.unit = unit;
        this.integer = integer;
    }

    ParsedNumber read(String text) {
        String s = clean(text);
        if (s.isEmpty()) return refuse(integer ? "Vul een heel getal in." : "Vul een getal in.");
        if (s.codePoints().anyMatch(c -> Character.isDigit(c) && !isAsciiDigit(c))) {
            return refuse("Typ het getal met de cijfers 0 tot en met 9.");
        }
        int i = 0, signs = 0, euros = 0;
        boolean negative = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSign(c)) {
                signs++;
                negative = c != '+';
            } else if (c == '€') {
                euros++;
            } else if (c != ' ') {
                break;
            }
        }
        int start = i;
        while (i < s.length() && isBodyChar(s.charAt(i))) i++;
        String body = s.substring(start, i).strip();
        if (body.endsWith(",") && s.startsWith("-", i)) {
            // "€ 12,-" is how Dutch prices write whole euros.
            body = body.substring(0, body.length() - 1);
            i += s.startsWith("--", i) ? 2 : 1;
        }
        String suffix = s.substring(i).strip();

        if (signs > 1) return refuse("Gebruik één minteken, vóór het getal: bijvoorbeeld -3.");
        if (body.chars().noneMatch(NumberReader::isAsciiDigit)) return notANumber();
        if (!suffix.isEmpty()) {
            if (suffix.chars().allMatch(c -> isSign((char) c))) return signAfter(body, signs);
            if (EXPONENT.matcher(suffix).matches()) return refuse("Schrijf het getal voluit, zonder ‘e’: dus 1000 in plaats van 1e3.");
            if (unit.accepts(suffix)) {
                if (euros > 0) return refuse("Noem de eenheid maar één keer, bijvoorbeeld € 12,50.");
            } else if (suffix.chars().anyMatch(c -> isAsciiDigit(c) || isSign((char) c))) {
                return notANumber();
            } else {
                return otherUnit(suffix);
            }
        }
        if (euros > 1) return refuse("Noem de eenheid maar één keer, bijvoorbeeld € 12,50.");
        if (euros > 0 && !unit.isMoney()) return otherUnit("€");
        if (digits(body) > DutchNumber.MAX_DIGITS) {
            return refuse("Dit getal heeft te veel cijfers: gebruik er hoogstens " + DutchNumber.MAX_DIGITS + ".");
        }
        return number(body, negative);
    }

    /** The digits, dots, commas and spaces between the sign or € and the unit. */
    private ParsedNumber number(String body, boolean negative) {
        if (ENGLISH.matcher(body).matches() && (body.indexOf(',') != body.lastIndexOf(',') || body.contains("."))) {
            BigDecimal english = new BigDecimal(body.replace(",", ""));
            if (integer && !isWhole(english)) return refuse("Vul een heel getal in, zonder komma.");
            return didYouMean(english, negative, body.contains(".")
                    ? "Gebruik een komma voor decimalen en een punt tussen duizendtallen."
                    : "Gebruik een punt tussen duizendtallen, geen komma.");
        }
        if (body.indexOf(',') != body.lastIndexOf(',')) {
            return refuse("Gebruik hoogstens één komma: die staat voor de decimalen, zoals in 1.250,5.");
        }
        int comma = body.indexOf(',');
        String whole = comma < 0 ? body : body.substring(0, comma);
        String fraction = comma < 0 ? null : body.substring(comma + 1);
        if (fraction != null && !fraction.chars().allMatch(NumberReader::isAsciiDigit)) {
            return refuse("Na de komma staan alleen cijfers, zoals in 1.250,75.");
        }
        if (whole.contains(".") && whole.contains(" ")) return refuse("Gebruik punten of spaties tussen de duizendtallen, niet allebei.");
        if (whole.contains(" ") && !grouped(whole.split(" ", -1))) {
            return refuse("Een spatie staat alleen tussen groepen van drie cijfers, zoals in 4 000.");
        }
        if (whole.contains(".") && !grouped(whole.split("\\.", -1))) {
            return fraction == null && whole.indexOf('.') == whole.lastIndexOf('.') ? decimalDot(whole, negative) : refuse(DOT_RULE);
        }
        String digits = whole.replace(".", "").replace(" ", "");
        if (digits.isEmpty()) digits = "0";
        if (fraction != null && fraction.isEmpty()) {
            return didYouMean(new BigDecimal(digits), negative, "Na de komma ontbreken cijfers.");
        }
        BigDecimal value = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        if (integer && fraction != null) {
            // 4,0 and 4,00 can only mean 4; 4,000 could be an English 4000, so it is not taken for 4.
            if (fraction.length() > 2 || !isWhole(value)) return refuse("Vul een heel getal in, zonder komma.");
            value = value.setScale(0);
        }
        return new Accepted(negative ? value.negate() : value);
    }

    /** One dot that is not grouping (1.5, 12.50, 1.2345, 0.250, 12.): an English decimal point, or a slip. */
    private ParsedNumber decimalDot(String whole, boolean negative) {
        if (integer) return refuse(DOT_RULE + " Vul een heel getal in.");
        String before = whole.substring(0, whole.indexOf('.'));
        String after = whole.substring(whole.indexOf('.') + 1);
        BigDecimal english = new BigDecimal((before.isEmpty() ? "0" : before) + (after.isEmpty() ? "" : "." + after));
        return didYouMean(english, negative, after.isEmpty() ? DOT_RULE : "Gebruik een komma voor decimalen.");
    }

    /** "3-": the minus belongs before the number; offer that reading when the rest is a number. */
    private ParsedNumber signAfter(String body, int signsBefore) {
        if (signsBefore > 0) return refuse("Gebruik één minteken, vóór het getal: bijvoorbeeld -3.");
        if (digits(body) <= DutchNumber.MAX_DIGITS && number(body, true) instanceof Accepted accepted) {
            return didYouMean(accepted.value(), false, "Zet het minteken vóór het getal.");
        }
        return refuse("Zet het minteken vóór het getal, zoals in -3.");
    }

    private ParsedNumber otherUnit(String typed) {
        String shown = typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
        if (unit.kind() == NumberUnit.Kind.NONE) return refuse("Vul alleen het getal in, zonder ‘" + shown + "’.");
        return refuse("Vul alleen het getal in: hier hoort ‘" + unit.declared() + "’ bij, niet ‘" + shown + "’.");
    }

    private ParsedNumber notANumber() {
        return refuse(integer ? "Vul een heel getal in, bijvoorbeeld 12." : "Vul een getal in, bijvoorbeeld 12 of 12,5.");
    }

    private static ParsedNumber didYouMean(BigDecimal magnitude, boolean negative, String rule) {
        BigDecimal value = negative ? magnitude.negate() : magnitude;
        return new Refused("Bedoel je " + DutchNumber.format(value) + "? " + rule, value);
    }

    private static ParsedNumber refuse(String message) {
        return new Refused(message, null);
    }

    /** Groups of thousands: 1 to 3 digits without a leading zero, then groups of exactly 3 (0.250 is no grouping). */
    private static boolean grouped(String[] groups) {
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') return false;
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3) return false;
        }
        return true;
    }

    /** Digits as typed, leading zeros of the whole part not counted: 0,5 has one, 12,50 has four. */
    private static int digits(String body) {
        int count = 0;
        boolean significant = false;
        for (char c : body.toCharArray()) {
            if (c == ',' || (c >= '1' && c <= '9')) significant = true;
            if (significant && isAsciiDigit(c)) count++;
        }
        return count;
    }

    /** Invisible characters a paste brings along go; every kind of space (no-break, narrow, thin) becomes one. */
    private static String clean(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') continue;
            out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return out.toString().strip();
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** The hyphen, the real minus sign U+2212, and the en dash that some keyboards put in its place. */
    private static boolean isSign(char c) {
        return c == '-' || c == '+' || c == '\u2212' || c == '\u2013';
    }

    private static boolean isBodyChar(char c) {
        return isAsciiDigit(c) || c == '.' || c == ',' || c == ' ';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
