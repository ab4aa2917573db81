package nl.cursusschrift.text;

import java.util.Locale;
import java.util.Set;

/** The unit a number field declares ("klanten", "%", "euro") and the ways a learner may type it after the number. */
record NumberUnit(Kind kind, String declared) {
    enum Kind { NONE, MONEY, PERCENT, OTHER }

    private static final Set<String> MONEY = Set.of("€", "euro", "euro's", "eur");
    private static final Set<String> PERCENT = Set.of("%", "procent");

    static NumberUnit of(String declared) {
        if (declared == null || declared.isBlank()) return new NumberUnit(Kind.NONE, null);
        String unit = normalize(declared);
        Kind kind = MONEY.contains(unit) ? Kind.MONEY : PERCENT.contains(unit) ? Kind.PERCENT : Kind.OTHER;
        return new NumberUnit(kind, declared.strip());
    }

    boolean isMoney() {
        return kind == Kind.MONEY;
    }

    /** Whether {@code typed}, what followed the number, names this unit: case and spacing do not matter. */
    boolean accepts(String typed) {
        String word = normalize(typed);
        return switch (kind) {
            case NONE -> false;
            case MONEY -> MONEY.contains(word);
            case PERCENT -> PERCENT.contains(word);
            case OTHER -> word.equals(normalize(declared));
        };
    }

    /** A Dutch amount is "€ 12,50" and a percentage "12%"; other units follow the number after a space. */
    String show(String number) {
        return switch (kind) {
            case NONE -> number;
            case MONEY -> "€ " + number;
            case PERCENT -> number + "%";
            case OTHER -> number + " " + declared;
        };
    }

    private static String normalize(String unit) {
        return unit.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
