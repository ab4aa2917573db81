package nl.cursusschrift.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a new password must meet (OWASP ASVS 2.1): 12 to 128 characters of any kind, no
 * composition rules, not only spaces, not the person's name or e-mail address, and not a common
 * password. "Common" also covers the easy variants people make of one: a listed word or two with
 * digits, a year or signs around them ("Zomer2026!!"), letters swapped for look-alike digits
 * ("W3lk0m"), and repeats or runs ("abcabcabcabc", "123456789012").
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String COMMON = "Dit wachtwoord wordt door veel mensen gebruikt en is makkelijk te raden. Kies een ander, "
            + "bijvoorbeeld een paar losse woorden.";
    static final String PERSONAL = "Je wachtwoord lijkt op je naam of e-mailadres, en die zijn voor anderen makkelijk te raden. Kies een ander.";
    private static final String EDGES = "^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$";

    private final Set<String> common = new HashSet<>(16_384);
    /** The letters-only words of the list ("welkom" from "welkom123"), for the variants. */
    private final Set<String> words = new HashSet<>(16_384);

    PasswordPolicy() {
        for (String entry : load()) {
            common.add(entry);
            String core = unleet(entry.replaceAll(EDGES, ""));
            if (!core.isEmpty() && core.chars().allMatch(Character::isLetter)) words.add(core);
        }
    }

    String problem(String password, String email, String name) {
        if (password == null || password.isEmpty()) return "Kies een wachtwoord.";
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) return "Je wachtwoord moet minstens " + MIN_LENGTH + " tekens lang zijn.";
        if (length > MAX_LENGTH) return "Je wachtwoord mag hoogstens " + MAX_LENGTH + " tekens lang zijn.";
        if (password.isBlank()) return "Je wachtwoord mag niet alleen uit spaties bestaan.";
        String lower = password.toLowerCase(Locale.ROOT);
        if (personal(lower, email, name)) return PERSONAL;
        if (common(lower)) return COMMON;
        return null;
    }

    private boolean common(String lower) {
        if (common.contains(lower) || common.contains(lower.strip())) return true;
        String core = lower.replaceAll(EDGES, "");
        if (core.isEmpty()) return repeatedOrRun(lower.replaceAll("\\s", ""));
        if (repeatedOrRun(core) || fewListedWords(letters(lower)) || fewListedWords(letters(unleet(core)))) return true;
        String unit = core.replaceAll("^(.+?)\\1+$", "$1");
        return !unit.equals(core) && (unit.length() <= 4 || words.contains(unleet(unit)));
    }

    /** At most two words, each a listed one: "zomer 2026 zomer", "welkom!!". */
    private boolean fewListedWords(List<String> letterRuns) {
        return !letterRuns.isEmpty() && letterRuns.size() <= 2 && words.containsAll(letterRuns);
    }

    private static boolean personal(String lower, String email, String name) {
        String joined = lower.replaceAll("[\\s._+-]", "");
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT).strip();
        if (local.contains("@")) local = local.substring(0, local.indexOf('@'));
        String fullName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (String whole : new String[] {local.replaceAll("[\\s._+-]", ""), fullName.replaceAll("[\\s._+-]", "")}) {
            if (whole.length() >= 3 && joined.contains(whole)) return true;
        }
        Set<String> parts = new HashSet<>(letters(local));
        parts.addAll(letters(fullName));
        List<String> mine = letters(lower);
        return !mine.isEmpty() && parts.containsAll(mine);
    }

    /** "aaaaaaaaaaaa", "abcabcabcabc", "123456789012", "987654321098". */
    private static boolean repeatedOrRun(String s) {
        if (s.matches("(.{1,4})\\1+")) return true;
        int[] c = s.codePoints().toArray();
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < c.length; i++) {
            up &= step(c[i - 1], c[i], 1);
            down &= step(c[i - 1], c[i], -1);
        }
        return c.length > 1 && (up || down);
    }

    private static boolean step(int from, int to, int by) {
        if (Character.isDigit(from) && Character.isDigit(to)) return Math.floorMod(from - '0' + by, 10) == to - '0';
        return to - from == by;
    }

    private static List<String> letters(String s) {
        return Arrays.stream(s.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String unleet(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            out.append(switch (ch) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> ch;
            });
        }
        return out.toString();
    }

    private static List<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) throw new IllegalStateException("account/common-passwords.txt ontbreekt in de jar");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
