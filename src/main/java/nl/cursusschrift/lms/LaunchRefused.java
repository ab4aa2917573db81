package nl.cursusschrift.lms;

/** A login or launch we do not accept; the message is for the person, in Dutch, and says what to do. */
public final class LaunchRefused extends RuntimeException {
    private final int status;

    LaunchRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static LaunchRefused bad(String message) {
        return new LaunchRefused(400, message);
    }

    static LaunchRefused unauthorized(String message) {
        return new LaunchRefused(401, message);
    }
}
