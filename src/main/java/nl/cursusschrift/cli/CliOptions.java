package nl.cursusschrift.cli;

import java.util.HashMap;
import java.util.Map;

/** The {@code --key value} (or {@code --key=value}) options of a subcommand. */
public final class CliOptions {
    private CliOptions() {
    }

    /** The options, or null when an argument is not an option. A flag without value maps to "". */
    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) return null;
            String key = args[i].substring(2);
            if (key.contains("=")) {
                options.put(key.substring(0, key.indexOf('=')), key.substring(key.indexOf('=') + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(key, args[++i]);
            } else {
                options.put(key, "");
            }
        }
        return options;
    }
}
