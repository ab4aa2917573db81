package nl.cursusschrift;

/**
 * Which database the HTTP tests run on: the SQLite default, or PostgreSQL when the build is run
 * with TEST_DATABASE_URL pointing at a throwaway server (see .ci/run).
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    /** null means the default SQLite file in the test's temp DATA_DIR. */
    public static String url() {
        String url = System.getenv("TEST_DATABASE_URL");
        return url == null || url.isBlank() ? null : url;
    }
}
