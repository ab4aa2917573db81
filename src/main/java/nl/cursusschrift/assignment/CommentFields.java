package nl.cursusschrift.assignment;

import java.util.Map;

/**
 * The fields in which an instructor writes a comment on each field and item of an answer, as the
 * answer component draws them in review mode: what is typed in them and their messages.
 *
 * @param values "c.target" to the text (targets as {@code naam} or {@code magisch[1]})
 * @param errors messages by the same names
 */
public record CommentFields(Map<String, String> values, Map<String, String> errors) {

    /** Form name of the comment on a field or item. */
    public static String name(String target) {
        return "c." + target;
    }

    /** An id for the comment field, safe in HTML. */
    public static String id(String target) {
        return "c-" + target.replaceAll("[^a-z0-9_]+", "-").replaceAll("-+$", "");
    }

    public String value(String target) {
        return values.getOrDefault(name(target), "");
    }

    public boolean invalid(String target) {
        return errors.containsKey(name(target));
    }
}
