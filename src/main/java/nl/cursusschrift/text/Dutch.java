package nl.cursusschrift.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the app writes dates, times, counts and plurals for its Dutch readers: one place, so the
 * notebook, the review pages, exports and messages all say it the same way.
 */
public final class Dutch {
    public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", LOCALE);
    private static final DateTimeFormatter DAY_MONTH_TIME = DateTimeFormatter.ofPattern("d MMMM 'om' HH:mm", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", LOCALE);

    private Dutch() {
    }

    /** "maandag 14 december 2026"; null stays null. */
    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** "14 december 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "23 november 2026 om 14:32". */
    public static String dateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }

    /** "23 november 2026 om 14:32", for a moment stored as epoch milliseconds, in the clock's zone. */
    public static String dateTime(long epochMillis, Clock clock) {
        return dateTime(local(epochMillis, clock));
    }

    /** "om 14:32" when it is today, else "op 3 december om 14:32": how recent a save was. */
    public static String when(long epochMillis, Clock clock) {
        LocalDateTime time = local(epochMillis, clock);
        return time.toLocalDate().equals(LocalDate.now(clock)) ? "om " + TIME.format(time) : "op " + DAY_MONTH_TIME.format(time);
    }

    /** "ma 30 nov. 12:15": a row of a contact log. */
    public static String moment(LocalDateTime time) {
        return MOMENT.format(time);
    }

    /** A whole number with a dot between thousands: "10.000". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** "3", "3 en 4", "3, 4 en 6": numbers listed the Dutch way. */
    public static String list(java.util.List<Integer> numbers) {
        if (numbers.size() <= 1) return numbers.isEmpty() ? "" : String.valueOf(numbers.get(0));
        var head = numbers.subList(0, numbers.size() - 1).stream().map(String::valueOf).toList();
        return String.join(", ", head) + " en " + numbers.get(numbers.size() - 1);
    }

    /** "1 stap", "3 stappen". */
    public static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** A wait in words, rounded up: "1 seconde", "40 seconden", "1 minuut", "15 minuten". */
    public static String duration(long seconds) {
        if (seconds < 60) return plural(Math.max(1, seconds), "seconde", "seconden");
        return plural((seconds + 59) / 60, "minuut", "minuten");
    }

    /** The plural of the nouns items are called by ("contact", "moment", "klant"); others get -en or -s. */
    public static String pluralOf(String noun) {
        if (noun.endsWith("contact")) return noun + "en";
        if (noun.endsWith("e") || noun.endsWith("el") || noun.endsWith("er") || noun.endsWith("en")) return noun + "s";
        return noun + "en";
    }

    private static LocalDateTime local(long epochMillis, Clock clock) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), clock.getZone());
    }
}
