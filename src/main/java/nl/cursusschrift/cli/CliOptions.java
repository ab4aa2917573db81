package nl.cursusschrift.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --key value} (or {@code --key=value}) options and plain arguments of one subcommand,
 * read strictly: an option the subcommand does not know, a value where none belongs, one too many
 * arguments, a number that is no number: each is a {@link Misuse} naming the word that is wrong.
 */
public final class CliOptions {
    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /** A command line that cannot be run; the message says why, in Dutch. The jar exits with 2. */
    public static final class Misuse extends RuntimeException {
        public Misuse(String message) {
            super(message);
        }
    }

    private CliOptions(String command) {
        this.command = command;
    }

    /**
     * @param command        the subcommand as typed ("user list"), for the messages
     * @param valued         options that take a value
     * @param flags          options that take none
     * @param maxPositionals how many plain arguments may follow
     */
    public static CliOptions parse(String command, String[] args, Set<String> valued, Set<String> flags, int maxPositionals) {
        CliOptions options = new CliOptions(command);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (options.positionals.size() == maxPositionals) throw new Misuse("onverwacht argument '" + arg + "' bij '" + command + "'");
                options.positionals.add(arg);
                continue;
            }
            String key = arg.replaceFirst("^--?", "");
            String value = null;
            if (key.contains("=")) {
                value = key.substring(key.indexOf('=') + 1);
                key = key.substring(0, key.indexOf('='));
            }
            if (flags.contains(key)) {
                if (value != null) throw new Misuse("--" + key + " heeft geen waarde");
                value = "";
            } else if (valued.contains(key)) {
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new Misuse("--" + key + " heeft een waarde nodig");
                    value = args[++i];
                }
            } else {
                throw new Misuse("onbekende optie '" + arg + "' bij '" + command + "'");
            }
            if (options.values.put(key, value) != null) throw new Misuse("--" + key + " staat er twee keer");
        }
        return options;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value, or null when the option was not given. */
    public String get(String key) {
        return values.get(key);
    }

    public String require(String key) {
        String value = values.get(key);
        if (value == null) throw new Misuse("--" + key + " ontbreekt bij '" + command + "'");
        return value;
    }

    public List<String> positionals() {
        return positionals;
    }

    /** A whole number from 1 to max; the fallback when absent, or required when the fallback is null. */
    public int positive(String key, Integer fallback, int max) {
        String value = fallback == null ? require(key) : values.get(key);
        if (value == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Misuse("--" + key + " moet een getal groter dan 0 zijn, niet '" + value + "'");
        }
        if (n < 1) throw new Misuse("--" + key + " moet een getal groter dan 0 zijn, niet '" + value + "'");
        if (n > max) throw new Misuse("--" + key + " mag hoogstens " + max + " zijn, niet '" + value + "'");
        return n;
    }

    /** A port number, 0 to 65535. */
    public Integer port(String key) {
        String value = values.get(key);
        if (value == null) return null;
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Misuse("--" + key + " moet een getal van 0 tot en met 65535 zijn, niet '" + value + "'");
    }

    public long whole(String key, long fallback) {
        String value = values.get(key);
        if (value == null) return fallback;
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new Misuse("--" + key + " moet een geheel getal zijn, niet '" + value + "'");
        }
    }

    /** One of the allowed words; the fallback when absent (null: required). */
    public String oneOf(String key, String fallback, List<String> allowed) {
        String value = fallback == null ? require(key) : values.getOrDefault(key, fallback);
        if (allowed.contains(value)) return value;
        String words = String.join(", ", allowed.subList(0, allowed.size() - 1)) + " of " + allowed.get(allowed.size() - 1);
        throw new Misuse("--" + key + " moet " + words + " zijn, niet '" + value + "'");
    }

    /** Whether the arguments ask for help ({@code --help} or {@code -h}) anywhere. */
    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) return true;
        }
        return false;
    }
}
