package nl.cursusschrift.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Password hashing and the password rules (OWASP ASVS 2.1): at least 8 characters, up to 128,
 * any character, no composition rules, and not one of the commonly used passwords.
 * Hashing is Argon2id with 19 MiB memory, 2 iterations, parallelism 1 (the OWASP minimum).
 */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /**
     * Each hash holds 19 MiB for its duration. Hashing more at once than there are cores gains no
     * speed and, with a small heap, a burst of 64 logins ran the JVM out of memory: the rest wait.
     */
    private static final Semaphore SLOTS = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    /** Verified against when an e-mail is unknown, so a login takes as long either way; made on first use. */
    private static final class Dummy {
        static final String HASH = hash("cursusschrift-dummy-password");
    }

    private final Set<String> common;

    public Passwords() {
        this.common = loadCommon();
    }

    public static String hash(String password) {
        return limited(() -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
    }

    public boolean verify(String password, String hash) {
        if (password == null || hash == null || password.length() > MAX_LENGTH) return false;
        try {
            return limited(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
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

    /** As {@link #problem(String, String, String)} for an existing account (null: no personal details known). */
    public String problem(String password, User user) {
        return user == null ? problem(password) : problem(password, user.email(), user.name());
    }

    /** The Dutch reason a new password of this person is refused, or null when it is fine. */
    public String problem(String password, String email, String name) {
        return problem(password);
    }

    /** The Dutch reason a new password is refused, or null when it is fine. */
    public String problem(String password) {
        if (password == null || password.isEmpty()) return "Kies een wachtwoord.";
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) return "Je wachtwoord moet minstens " + MIN_LENGTH + " tekens lang zijn.";
        if (length > MAX_LENGTH) return "Je wachtwoord mag hoogstens " + MAX_LENGTH + " tekens lang zijn.";
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return "Dit wachtwoord wordt door veel mensen gebruikt en is makkelijk te raden. Kies een ander, bijvoorbeeld een paar losse woorden.";
        }
        return null;
    }

    private static Set<String> loadCommon() {
        Set<String> words = new HashSet<>(16_384);
        try (InputStream in = Passwords.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) throw new IllegalStateException("account/common-passwords.txt ontbreekt in de jar");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
