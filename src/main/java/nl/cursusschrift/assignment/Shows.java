package nl.cursusschrift.assignment;

/**
 * Which earlier answer a field shows: one field of a step, a whole step, or every earlier step.
 *
 * @param field null for the whole step
 */
public record Shows(int step, String field, boolean all) {
    public static Shows everything() {
        return new Shows(0, null, true);
    }
}
