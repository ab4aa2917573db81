package nl.cursusschrift.lms;

import nl.cursusschrift.db.DomainEvent;

/** What happened in the LTI feature. */
public final class LtiEvents {
    private LtiEvents() {
    }

    public record PlatformRegistered(String platformId) implements DomainEvent {
    }

    public record PlatformRemoved(String platformId) implements DomainEvent {
    }

    /** A launch signed someone in; {@code created} when it made their account. */
    public record Launched(String platformId, String userId, boolean created) implements DomainEvent {
    }

    public record KeysRotated(String newKid) implements DomainEvent {
    }

    public record RosterSynced(String cohortId, int added) implements DomainEvent {
    }
}
