package nl.cursusschrift.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2 in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, base64 without
 * padding), with BouncyCastle's generator.
 *
 * <p>Why not password4j, which made the hashes stored before: its {@code Argon2Function} keeps a
 * zero-filled copy of the whole memory (19 MiB for our parameters) in a static map for the life of
 * the JVM and copies it on every hash. With a 96 MB heap that was a fifth of it, live for good, and
 * the old generation stayed so full that a busy server spent a third of its CPU in full collections
 * (docs/performance.md). Here the memory exists only while a hash is made. The format is the same,
 * so every stored hash still verifies.
 */
final class Argon2Hash {
    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Bounds for parameters read from a stored hash, so a forged value cannot ask for gigabytes. */
    private static final int MAX_MEMORY_KIB = 256 * 1024;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 8;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getDecoder();

    private Argon2Hash() {
    }

    /** A new Argon2id hash of the password with a random salt, as a PHC string. */
    static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13, MEMORY_KIB, ITERATIONS,
                PARALLELISM, salt, password, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + ENCODE.encodeToString(salt) + "$" + ENCODE.encodeToString(hash);
    }

    /** Whether the password matches a stored PHC string; false for anything that is not a well-formed Argon2 hash. */
    static boolean matches(String password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) return false;
        byte[] actual = derive(parsed.type, parsed.version, parsed.memory, parsed.iterations, parsed.parallelism,
                parsed.salt, password, parsed.hash.length);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    private static byte[] derive(int type, int version, int memory, int iterations, int parallelism, byte[] salt,
            String password, int length) {
        var parameters = new Argon2Parameters.Builder(type).withVersion(version).withMemoryAsKB(memory)
                .withIterations(iterations).withParallelism(parallelism).withSalt(salt).build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** The parts of {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} (the {@code v=} part may be missing: version 1.0). */
    private record Parsed(int type, int version, int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Parsed of(String stored) {
            if (stored == null) return null;
            String[] parts = stored.split("\\$", -1);
            if ((parts.length != 5 && parts.length != 6) || !parts[0].isEmpty()) return null;
            int type = switch (parts[1]) {
                case "argon2id" -> Argon2Parameters.ARGON2_id;
                case "argon2i" -> Argon2Parameters.ARGON2_i;
                case "argon2d" -> Argon2Parameters.ARGON2_d;
                default -> -1;
            };
            if (type < 0) return null;
            int at = 2;
            int version = Argon2Parameters.ARGON2_VERSION_10;
            if (parts.length == 6) {
                if (!parts[2].startsWith("v=")) return null;
                version = number(parts[2].substring(2), 0x13);
                if (version != Argon2Parameters.ARGON2_VERSION_10 && version != Argon2Parameters.ARGON2_VERSION_13) return null;
                at = 3;
            }
            int memory = -1, iterations = -1, parallelism = -1;
            for (String setting : parts[at].split(",")) {
                if (setting.startsWith("m=")) memory = number(setting.substring(2), MAX_MEMORY_KIB);
                else if (setting.startsWith("t=")) iterations = number(setting.substring(2), MAX_ITERATIONS);
                else if (setting.startsWith("p=")) parallelism = number(setting.substring(2), MAX_PARALLELISM);
                else return null;
            }
            if (memory < 8 * Math.max(parallelism, 1) || iterations < 1 || parallelism < 1) return null;
            try {
                byte[] salt = DECODE.decode(parts[at + 1]);
                byte[] hash = DECODE.decode(parts[at + 2]);
                if (salt.length < 8 || hash.length < 16 || hash.length > 64) return null;
                return new Parsed(type, version, memory, iterations, parallelism, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** A decimal number from 1 to max, or -1. */
        private static int number(String text, int max) {
            if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) return -1;
            int value = Integer.parseInt(text);
            return value >= 1 && value <= max ? value : -1;
        }
    }
}
