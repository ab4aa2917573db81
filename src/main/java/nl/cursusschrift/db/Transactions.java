package nl.cursusschrift.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a use case's state change as one durable transaction (through the group-commit writer) and
 * delivers the events it published once the commit is on disk. Controllers never write: they call a
 * use case, and the use case calls {@link #run}.
 */
public final class Transactions {
    /** The work of one transaction; it may publish events through its {@link Tx}. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Tx tx) throws Exception;
    }

    private final Database db;
    private final Events events;

    public Transactions(Database db, Events events) {
        this.db = db;
        this.events = events;
    }

    public <T> T run(Work<T> work) {
        List<DomainEvent> published = new ArrayList<>();
        T result = db.write(h -> {
            // The writer may run the work again (a deadlock victim on PostgreSQL): only the last attempt's events count.
            published.clear();
            return work.apply(new Tx(h, events, published));
        });
        events.committed(published);
        return result;
    }

    public Events events() {
        return events;
    }
}
