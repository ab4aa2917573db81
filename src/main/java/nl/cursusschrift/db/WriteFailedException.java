package nl.cursusschrift.db;

/** A write was not stored; the caller keeps the learner's text and says so. */
public class WriteFailedException extends RuntimeException {
    public WriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
