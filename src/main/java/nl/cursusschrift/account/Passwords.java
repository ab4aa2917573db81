package nl.cursusschrift.account;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Password hashing, and the password rules of {@link PasswordPolicy} (OWASP ASVS 2.1).
 * Hashing is Argon2id with 19 MiB memory, 2 iterations, parallelism 1 (the OWASP minimum; {@link Argon2Hash}).
 */
public final class Passwords {
    public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_LENGTH = PasswordPolicy.MAX_LENGTH;
    /**
     * Each hash holds 19 MiB for its duration. Hashing more at once than there are cores gains no
     * speed and, with a small heap, a burst of 64 logins ran the JVM out of memory: the rest wait.
     */
    private static final Semaphore SLOTS = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    /** Verified against when an e-mail is unknown, so a login takes as long either way; made on first use. */
    private static final class Dummy {
        static final String HASH = hash("cursusschrift-dummy-password");
    }

    private final PasswordPolicy policy;

    public Passwords() {
        this.policy = new PasswordPolicy();
    }

    public static String hash(String password) {
        return limited(() -> Argon2Hash.hash(password));
    }

    /**
     * The stored value of an account whose owner has not chosen a password yet (an invitation): it matches
     * no password, and costs nothing to make, so a bulk enrolment of thousands does not spend minutes hashing.
     */
    public static String unset() {
        return UNSET + nl.cursusschrift.db.Ids.random();
    }

    private static final String UNSET = "!unset:";

    public boolean verify(String password, String hash) {
        if (password == null || hash == null || password.length() > MAX_LENGTH) return false;
        if (hash.startsWith(UNSET)) {
            // The same time as a real check, so a login cannot tell an invited account from the others.
            verifyDummy(password);
            return false;
        }
        try {
            return limited(() -> Argon2Hash.matches(password, hash));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static <T> T limited(Supplier<T> work) {
        SLOTS.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            SLOTS.release();
        }
    }

    /** Spends the same time as a real check; used when the e-mail is unknown. */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, Dummy.HASH);
    }

    /** As {@link #problem(String, String, String)} when nothing is known about the person yet. */
    public String problem(String password) {
        return problem(password, null, null);
    }

    /** As {@link #problem(String, String, String)} for an existing account (null: no personal details known). */
    public String problem(String password, User user) {
        return user == null ? problem(password, null, null) : problem(password, user.email(), user.name());
    }

    /** The Dutch reason a new password of this person is refused, or null when it is fine ({@link PasswordPolicy}). */
    public String problem(String password, String email, String name) {
        return policy.problem(password, email, name);
    }

}
