package nl.cursusschrift.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The attributes of a plain form field that depend on its type and what was typed in it. */
public final class FieldAttributes {
    private FieldAttributes() {
    }

    /**
     * The input's type. A date typed back that is not a date ("31-02-2026", "morgen") goes out as a text
     * field: a date input would drop it silently and the message next to it would point at nothing.
     */
    public static String type(String type, String value) {
        if (!type.equals("date") || value == null || value.isEmpty()) return type;
        try {
            LocalDate.parse(value);
            return type;
        } catch (DateTimeParseException e) {
            return "text";
        }
    }

    /** maxlength only where HTML allows it: text-like inputs, not dates or numbers. */
    public static Integer maxlength(String type, int maxlength) {
        return switch (type) {
            case "text", "email", "password", "search", "tel", "url" -> maxlength;
            default -> null;
        };
    }
}
