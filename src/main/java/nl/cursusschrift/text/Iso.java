package nl.cursusschrift.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Dates for machines and spreadsheets, next to {@link Dutch} for people: ISO-8601 with the offset in
 * JSON ({@code 2026-06-06T01:00:00+02:00}), and {@code 2026-06-06 01:00} in CSV, which Excel (also
 * with Dutch settings) reads as a date and time rather than as text.
 */
public final class Iso {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Iso() {
    }

    /** "2026-06-06T01:00:00+02:00" in the given zone, to the second; null stays null. */
    public static String timestamp(Long epochMillis, ZoneId zone) {
        if (epochMillis == null) return null;
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone).truncatedTo(ChronoUnit.SECONDS));
    }

    /** "2026-06-06 01:00" in the given zone; null becomes the empty cell. */
    public static String minute(Long epochMillis, ZoneId zone) {
        if (epochMillis == null) return "";
        return MINUTE.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone));
    }

    /** "2026-06-06 01:00" for a stored local date and time ("2026-06-06T01:00"); anything else as it is. */
    public static String minute(String localDateTime) {
        try {
            String t = localDateTime.strip().replace(' ', 'T');
            return MINUTE.format(LocalDateTime.parse(t.length() > 16 ? t.substring(0, 16) : t));
        } catch (java.time.format.DateTimeParseException e) {
            return localDateTime;
        }
    }
}
