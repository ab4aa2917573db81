package nl.cursusschrift.notify;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * When, in Dutch time, the morning mails are made: the review overview (DIGEST_TIME, 07:30) and the
 * step reminders (REMINDER_TIME, 08:00). The overview comes first so an instructor reads it before
 * the learners' new week starts.
 */
public record Schedule(LocalTime digestAt, LocalTime remindersAt) {
    public static final Schedule DEFAULT = new Schedule(LocalTime.of(7, 30), LocalTime.of(8, 0));

    /** From the two settings (null: the default), or an {@link IllegalArgumentException} saying in Dutch what is wrong. */
    public static Schedule parse(String digest, String reminders) {
        return new Schedule(time("DIGEST_TIME", digest, DEFAULT.digestAt), time("REMINDER_TIME", reminders, DEFAULT.remindersAt));
    }

    private static LocalTime time(String name, String value, LocalTime fallback) {
        if (value == null) return fallback;
        try {
            if (!value.matches("\\d{2}:\\d{2}")) throw new DateTimeParseException("", value, 0);
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " moet een tijd zijn als 08:00, niet '" + value + "'");
        }
    }
}
