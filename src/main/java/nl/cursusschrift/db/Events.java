package nl.cursusschrift.db;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of domain events, registered by hand in Main.wire. Two kinds:
 * <ul>
 * <li>{@link #afterCommit}: runs after the use case's transaction committed, in the thread that ran
 * the use case. A listener that throws is logged and skipped; the committed change stays, and the
 * other listeners still run. For what may lag behind or be recomputed (caches, logs, notices).</li>
 * <li>{@link #inTransaction}: runs inside the use case's transaction, on the writer's handle, when the
 * event is published. For what must be stored together with the change or not at all (an outbox
 * row): if it throws, the whole use case fails and nothing of it is stored. Keep it to a few
 * statements, since the writer commits everybody's changes.</li>
 * </ul>
 * Delivery is in-process: with several app instances every instance delivers only its own events,
 * so what other instances must see goes through the database.
 */
public final class Events {
    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final Map<Class<?>, List<Consumer<DomainEvent>>> after = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<BiConsumer<Handle, DomainEvent>>> during = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> void afterCommit(Class<E> type, Consumer<? super E> listener) {
        after.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(e -> ((Consumer<E>) listener).accept((E) e));
    }

    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> void inTransaction(Class<E> type, BiConsumer<Handle, ? super E> listener) {
        during.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add((h, e) -> ((BiConsumer<Handle, E>) listener).accept(h, (E) e));
    }

    void published(Handle handle, DomainEvent event) {
        for (var listener : listeners(during, event)) listener.accept(handle, event);
    }

    void committed(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            for (var listener : listeners(after, event)) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.error("Verwerken van {} na het opslaan mislukt; de wijziging zelf is bewaard", event.getClass().getSimpleName(), e);
                }
            }
        }
    }

    /** Listeners of the event's own class and of every interface it implements (a listener may take a family of events). */
    private <L> List<L> listeners(Map<Class<?>, List<L>> registry, DomainEvent event) {
        if (registry.isEmpty()) return List.of();
        List<L> all = new java.util.ArrayList<>();
        for (Class<?> type : FAMILIES.computeIfAbsent(event.getClass(), Events::families)) all.addAll(registry.getOrDefault(type, List.of()));
        return all;
    }

    private static final Map<Class<?>, List<Class<?>>> FAMILIES = new ConcurrentHashMap<>();

    private static List<Class<?>> families(Class<?> type) {
        java.util.LinkedHashSet<Class<?>> found = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> next = todo.pop();
            if (found.add(next)) todo.addAll(List.of(next.getInterfaces()));
        }
        return List.copyOf(found);
    }
}
