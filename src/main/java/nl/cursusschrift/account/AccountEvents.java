package nl.cursusschrift.account;

import nl.cursusschrift.db.DomainEvent;

/** What the account use cases publish (see docs/architecture.md). */
public final class AccountEvents {
    private AccountEvents() {
    }

    /** A staff member or the CLI made an account; the person sets a password through a link (or already did). */
    public record AccountCreated(String userId, Role role, boolean byStaff) implements DomainEvent {
    }

    public record ProfileChanged(String userId, boolean emailChanged) implements DomainEvent {
    }

    /** A new password, from the account page or a reset link; other sessions have ended. */
    public record PasswordChanged(String userId) implements DomainEvent {
    }

    /** A one-time link to set a password was made (by staff, the CLI, or later by the person). */
    public record ResetLinkCreated(String userId) implements DomainEvent {
    }

    /** The person deleted their account and everything in it. Carries no personal data. */
    public record AccountDeleted(String userId, Role role, int answers) implements DomainEvent {
    }

    public record SignedIn(String userId) implements DomainEvent {
    }

    /** The person ended their other sessions ("Overal anders uitloggen"); {@code count} sessions ended. */
    public record SessionsEnded(String userId, int count) implements DomainEvent {
    }
}
