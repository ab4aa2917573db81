package nl.cursusschrift;

/**
 * Which database the HTTP tests run on. By default each test app gets its own SQLite file. The
 * build's second test run sets TEST_DATABASE=postgresql (see pom.xml): then each test app gets an
 * empty database of its own on a throwaway PostgreSQL server ({@link PostgresCluster}).
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getenv("TEST_DATABASE"));
    }

    /** null means the default SQLite file in the test's temp DATA_DIR. */
    public static String url() {
        return postgres() ? PostgresCluster.shared().newDatabase() : null;
    }
}
