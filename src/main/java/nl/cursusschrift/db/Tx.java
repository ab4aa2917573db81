package nl.cursusschrift.db;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * One use case's transaction as its code sees it: the writer's handle for the feature's SQL, and
 * {@link #publish} for what happened. See {@link Transactions}.
 */
public final class Tx {
    private final Handle handle;
    private final Events events;
    private final List<DomainEvent> published;
    /** Attached once per transaction: Jdbi prepares every method of a SqlObject on attach, which a loop of 10,000 felt. */
    private final java.util.Map<Class<?>, Object> attached = new java.util.HashMap<>();

    Tx(Handle handle, Events events, List<DomainEvent> published) {
        this.handle = handle;
        this.events = events;
        this.published = published;
    }

    /** The feature's SQL (a Jdbi SqlObject interface) on this transaction's handle. */
    public <T> T sql(Class<T> sqlObject) {
        return sqlObject.cast(attached.computeIfAbsent(sqlObject, handle::attach));
    }

    public Handle handle() {
        return handle;
    }

    /** Records what happened; in-transaction listeners run now, the others once the transaction committed. */
    public void publish(DomainEvent event) {
        events.published(handle, event);
        published.add(event);
    }
}
