package nl.cursusschrift.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread owns the only write connection and commits queued writes in batches.
 * Each write runs in its own savepoint, so one failing write does not take its batch down,
 * and a whole batch shares one fsync: 64 learners saving at once cost one commit, not 64.
 * A caller's future completes only after the commit that contains its write.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 256;
    private static final int QUEUE_CAPACITY = 10_000;
    private static final long WAIT_SECONDS = 30;

    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private record Task<T>(HandleCallback<T, Exception> work, CompletableFuture<T> done) {
        T run(Handle handle) throws Exception {
            return work.withHandle(handle);
        }

        @SuppressWarnings("unchecked")
        void complete(Object result) {
            done.complete((T) result);
        }
    }

    private final BlockingQueue<Task<?>> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final ConnectionSource connections;
    private final Thread thread;
    private volatile boolean running = true;
    private Handle handle;

    GroupCommitWriter(ConnectionSource connections) {
        this.connections = connections;
        this.thread = new Thread(this::loop, "db-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    boolean running() {
        return running && thread.isAlive();
    }

    <T> T write(HandleCallback<T, Exception> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        enqueue(new Task<>(work, done));
        try {
            return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw Database.failure(e.getCause());
        } catch (TimeoutException e) {
            throw new WriteFailedException("opslaan duurde te lang", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteFailedException("opslaan onderbroken", e);
        }
    }

    void writeLater(HandleCallback<?, Exception> work) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        done.exceptionally(e -> {
            log.warn("Uitgestelde schrijfactie mislukt: {}", Database.rootMessage(e));
            return null;
        });
        @SuppressWarnings("unchecked")
        HandleCallback<Object, Exception> cast = (HandleCallback<Object, Exception>) work;
        if (!queue.offer(new Task<>(cast, done))) log.warn("Schrijfwachtrij vol: uitgestelde schrijfactie overgeslagen");
    }

    private void enqueue(Task<?> task) {
        if (!running) throw new WriteFailedException("de database wordt afgesloten", null);
        if (!queue.offer(task)) throw new WriteFailedException("te veel gelijktijdige schrijfacties", null);
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>(MAX_BATCH);
        List<Object> results = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Task<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch, results);
            } catch (InterruptedException e) {
                if (!running) break;
            } finally {
                batch.clear();
                results.clear();
            }
        }
        closeHandle();
    }

    private void commit(List<Task<?>> batch, List<Object> results) {
        List<Task<?>> succeeded = new ArrayList<>(batch.size());
        try {
            Handle h = handle();
            h.begin();
            for (Task<?> task : batch) {
                for (int attempt = 1; ; attempt++) {
                    // Plain SQL savepoints: Jdbi's own bookkeeping forgets a savepoint once rolled back to.
                    h.execute("SAVEPOINT w");
                    try {
                        Object result = task.run(h);
                        h.execute("RELEASE SAVEPOINT w");
                        succeeded.add(task);
                        results.add(result);
                        break;
                    } catch (Exception e) {
                        h.execute("ROLLBACK TO SAVEPOINT w");
                        h.execute("RELEASE SAVEPOINT w");
                        // With several app instances on PostgreSQL, two batches can lock the same rows in a
                        // different order; the one chosen as deadlock victim simply runs that write again.
                        if (attempt < 3 && retryable(e)) continue;
                        task.done().completeExceptionally(e);
                        break;
                    }
                }
            }
            h.commit();
        } catch (Exception e) {
            // The commit itself failed (disk full, read-only file, lost connection): nothing of this
            // batch is stored, so every caller hears so, and the connection is opened anew.
            log.error("Schrijven naar de database mislukt: {}", Database.rootMessage(e));
            rollbackQuietly();
            closeHandle();
            WriteFailedException failure = new WriteFailedException("opslaan mislukt: " + Database.rootMessage(e), e);
            for (Task<?> task : batch) task.done().completeExceptionally(failure);
            return;
        }
        for (int i = 0; i < succeeded.size(); i++) succeeded.get(i).complete(results.get(i));
    }

    /** Deadlock victim or serialization failure: safe to try again (SQLSTATE class 40). */
    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) return true;
        }
        return false;
    }

    private Handle handle() throws SQLException {
        if (handle == null) {
            handle = Database.configure(Jdbi.create(connections::open)).open();
        }
        return handle;
    }

    private void rollbackQuietly() {
        try {
            if (handle != null && handle.isInTransaction()) handle.rollback();
        } catch (RuntimeException ignored) {
            // the handle is closed and reopened next
        }
    }

    private void closeHandle() {
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // already broken
            }
            handle = null;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
