package nl.cursusschrift.db;

import java.sql.SQLException;

/** Telling a write that the storage refused (disk full, read-only, lost connection) from one that failed on its own. */
final class StorageFailures {
    private StorageFailures() {
    }

    /**
     * Whether a write failed because the storage refused it (disk or quota full, read-only or
     * unreadable file, I/O error, out of memory, lost connection) rather than because of the write itself.
     */
    static boolean isStorageFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException s) {
                int primary = s.getResultCode().code & 0xff;
                // SQLITE_NOMEM 7, READONLY 8, IOERR 10, CORRUPT 11, FULL 13, CANTOPEN 14, NOTADB 26
                if (primary == 7 || primary == 8 || primary == 10 || primary == 11 || primary == 13 || primary == 14 || primary == 26) return true;
            } else if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                // PostgreSQL: 53 insufficient resources (disk full), 08 connection, 58 system error
                if (state.startsWith("53") || state.startsWith("08") || state.startsWith("58")) return true;
            }
        }
        return false;
    }

    /**
     * What a failed write throws, on either write path: a storage failure (and any checked exception) as
     * {@link WriteFailedException}, so the caller says "not stored" and keeps the learner's text; the
     * write's own errors (a duplicate e-mail, say) as they are, for the code that checks for them.
     */
    static RuntimeException failure(Throwable e) {
        if (e instanceof WriteFailedException w) return w;
        if (!isStorageFailure(e) && e instanceof RuntimeException r) return r;
        return new WriteFailedException("opslaan mislukt: " + Database.rootMessage(e), e);
    }

}
