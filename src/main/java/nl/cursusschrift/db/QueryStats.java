package nl.cursusschrift.db;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the SQL statements a request runs on its own thread (reads; writes run on the writer's
 * thread and are counted there), so the request log can show them and a test can prove that a
 * page costs the same number of queries for 3 learners as for 300 (no N+1).
 */
public final class QueryStats implements SqlLogger {
    /** Per thread: statements, nanoseconds, and 1 once the thread served a request ({@link #reset}). */
    private static final ThreadLocal<long[]> CURRENT = ThreadLocal.withInitial(() -> new long[3]);
    private static final AtomicLong TOTAL = new AtomicLong();

    /** Starts counting for the request on this thread. */
    public static void reset() {
        long[] c = CURRENT.get();
        c[0] = 0;
        c[1] = 0;
        c[2] = 1;
    }

    /** Statements run on this thread since {@link #reset}. */
    public static long queries() {
        return CURRENT.get()[0];
    }

    /** Nanoseconds spent in them. */
    public static long nanos() {
        return CURRENT.get()[1];
    }

    /**
     * Statements run by request threads since start. Background work (the outbox, LTI scores, the
     * notifications' timer) is left out, so a test can count what a page costs while it runs.
     */
    public static long total() {
        return TOTAL.get();
    }

    /** Counts a statement run outside Jdbi (plain JDBC on a hot path) that took {@code nanos}. */
    public static void counted(long nanos) {
        long[] c = CURRENT.get();
        c[0]++;
        c[1] += nanos;
        if (c[2] == 1) TOTAL.incrementAndGet();
    }

    @Override
    public void logAfterExecution(StatementContext context) {
        count(context);
    }

    @Override
    public void logException(StatementContext context, SQLException ex) {
        count(context);
    }

    private static void count(StatementContext context) {
        long[] c = CURRENT.get();
        c[0]++;
        var start = context.getExecutionMoment();
        var end = context.getCompletionMoment() != null ? context.getCompletionMoment() : context.getExceptionMoment();
        if (start != null && end != null) c[1] += java.time.Duration.between(start, end).toNanos();
        if (c[2] == 1) TOTAL.incrementAndGet();
    }
}
