package nl.cursusschrift.assignment;

/**
 * What every field has.
 *
 * @param shows an earlier answer to show above the field, or null
 * @param line  the 0-based YAML line of the field, for problems found later
 */
public record FieldCommon(String id, String label, String hint, boolean required, Shows shows, int line) {

    /** A built-in sub-field (the time of a log row, a touchpoint's name). */
    static FieldCommon builtIn(String id, String label, String hint) {
        return new FieldCommon(id, label, hint, true, null, -1);
    }
}
