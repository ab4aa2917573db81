package nl.cursusschrift.course;

/**
 * Someone signed in who reads the course. The course needs no more of an account than this; the
 * account package's signed-in user is one.
 */
public interface Reader {
    String id();

    String name();

    boolean isStaff();

    /** When this person's steps open. */
    Pace pace();
}
