package nl.cursusschrift.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events reach their listeners only after the commit; a failing listener neither undoes the change nor stops the others. */
@Tag("sqlite")
class EventsTest {
    record Stored(String name) implements DomainEvent {
    }

    interface Family extends DomainEvent {
    }

    record Member(int n) implements Family {
    }

    private Database db;
    private Events events;
    private Transactions transactions;

    @BeforeEach
    void open(@TempDir Path dir) {
        db = Database.open(DatabaseUrl.sqlite(dir.resolve("events.db")));
        events = new Events();
        transactions = new Transactions(db, events);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int settings(String name) {
        return db.reads().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_setting WHERE name = :n").bind("n", name).mapTo(Integer.class).one());
    }

    private void store(String name) {
        transactions.run(tx -> {
            tx.handle().createUpdate("INSERT INTO app_setting (name, value) VALUES (:n, 'x')").bind("n", name).execute();
            tx.publish(new Stored(name));
            return null;
        });
    }

    @Test
    void anAfterCommitListenerSeesTheCommittedChange_fromAnotherConnection() {
        List<Integer> seen = new ArrayList<>();
        events.afterCommit(Stored.class, e -> seen.add(settings(e.name())));
        store("a");
        assertEquals(List.of(1), seen, "the read pool already sees the row when the listener runs");
    }

    @Test
    void aListenerThatThrowsIsSkipped_theChangeStays_andTheOthersStillRun() {
        List<String> later = new CopyOnWriteArrayList<>();
        events.afterCommit(Stored.class, e -> {
            throw new IllegalStateException("listener broke");
        });
        events.afterCommit(Stored.class, e -> later.add(e.name()));
        store("b");
        assertEquals(1, settings("b"));
        assertEquals(List.of("b"), later);
    }

    @Test
    void aFailedTransactionDeliversNothing() {
        List<DomainEvent> seen = new ArrayList<>();
        events.afterCommit(Stored.class, seen::add);
        assertThrows(RuntimeException.class, () -> transactions.run(tx -> {
            tx.publish(new Stored("c"));
            tx.handle().createUpdate("INSERT INTO no_such_table VALUES (1)").execute();
            return null;
        }));
        assertTrue(seen.isEmpty());
    }

    @Test
    void anInTransactionListenerThatThrowsUndoesTheWholeChange() {
        events.inTransaction(Stored.class, (h, e) -> {
            throw new IllegalStateException("must be stored together or not at all");
        });
        assertThrows(IllegalStateException.class, () -> store("d"));
        assertEquals(0, settings("d"));
    }

    @Test
    void anInTransactionListenerWritesInTheSameTransaction() {
        events.inTransaction(Stored.class, (h, e) -> h.createUpdate("INSERT INTO app_setting (name, value) VALUES (:n, 'y')")
                .bind("n", e.name() + "-too").execute());
        store("e");
        assertEquals(1, settings("e-too"));
    }

    @Test
    void aListenerOfAnInterfaceGetsEveryMemberOfTheFamily() {
        List<Integer> seen = new ArrayList<>();
        events.afterCommit(Family.class, e -> seen.add(((Member) e).n()));
        events.afterCommit(DomainEvent.class, e -> seen.add(-1));
        transactions.run(tx -> {
            tx.publish(new Member(7));
            return null;
        });
        assertEquals(List.of(7, -1), seen);
    }
}
