package nl.cursusschrift.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random identifiers and secrets. Ids in URLs are random 128-bit values, never sequence
 * numbers, so one learner's link cannot be turned into another's by counting.
 */
public final class Ids {
    /** One generator per thread: a shared SecureRandom is synchronized and became a queue under load. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Ids() {
    }

    /** 128 random bits, URL-safe, 22 characters. */
    public static String random() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    /** SHA-256 in hex: how session ids and reset tokens are stored. */
    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison for tokens. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
