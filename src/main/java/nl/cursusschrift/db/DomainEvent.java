package nl.cursusschrift.db;

/**
 * Something that happened in a use case ("a learner submitted step 5"), published inside its
 * transaction and delivered to listeners once that transaction committed. Each feature declares
 * its own events as records; docs/architecture.md lists them.
 */
public interface DomainEvent {
}
