package nl.cursusschrift;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the app reads from the environment, read once in {@link Main}.
 * Tests build one directly with temp directories and port 0.
 */
public record Config(
        int port,
        Path dataDir,
        Path contentDir,
        String databaseUrl,
        boolean dev,
        boolean cookieSecure,
        Path backupDir,
        int backupKeep,
        String baseUrl,
        nl.cursusschrift.db.Database.WriteMode writeMode,
        boolean trustProxy,
        nl.cursusschrift.mail.MailSettings mail,
        nl.cursusschrift.notify.Schedule schedule) {

    public static final int DEFAULT_PORT = 7070;

    /** With the default times of the morning mails (as tests and older callers build it). */
    public Config(int port, Path dataDir, Path contentDir, String databaseUrl, boolean dev, boolean cookieSecure, Path backupDir,
                  int backupKeep, String baseUrl, nl.cursusschrift.db.Database.WriteMode writeMode, boolean trustProxy,
                  nl.cursusschrift.mail.MailSettings mail) {
        this(port, dataDir, contentDir, databaseUrl, dev, cookieSecure, backupDir, backupKeep, baseUrl, writeMode, trustProxy, mail,
                nl.cursusschrift.notify.Schedule.DEFAULT);
    }

    /** Without TRUST_PROXY (as tests and older callers build it). */
    public Config(int port, Path dataDir, Path contentDir, String databaseUrl, boolean dev, boolean cookieSecure, Path backupDir,
                  int backupKeep, String baseUrl, nl.cursusschrift.db.Database.WriteMode writeMode) {
        this(port, dataDir, contentDir, databaseUrl, dev, cookieSecure, backupDir, backupKeep, baseUrl, writeMode, false,
                nl.cursusschrift.mail.MailSettings.none());
    }

    /** Without mail settings: nothing is sent (as tests and older callers build it). */
    public Config(int port, Path dataDir, Path contentDir, String databaseUrl, boolean dev, boolean cookieSecure, Path backupDir,
                  int backupKeep, String baseUrl, nl.cursusschrift.db.Database.WriteMode writeMode, boolean trustProxy) {
        this(port, dataDir, contentDir, databaseUrl, dev, cookieSecure, backupDir, backupKeep, baseUrl, writeMode, trustProxy,
                nl.cursusschrift.mail.MailSettings.none());
    }

    public static Config fromEnvironment(Map<String, String> env) {
        String baseUrl = parseBaseUrl(blankToNull(env.get("BASE_URL")));
        return new Config(
                parsePort(env.getOrDefault("PORT", String.valueOf(DEFAULT_PORT))),
                Path.of(env.getOrDefault("DATA_DIR", "./data")),
                Path.of(env.getOrDefault("CONTENT_DIR", "./content")),
                blankToNull(env.get("DATABASE_URL")),
                isOn(env.get("DEV")),
                isOn(env.get("COOKIE_SECURE")),
                env.containsKey("BACKUP_DIR") ? Path.of(env.get("BACKUP_DIR")) : null,
                parseKeep(env.getOrDefault("BACKUP_KEEP", "7")),
                baseUrl,
                "single".equalsIgnoreCase(env.get("DB_WRITER")) ? nl.cursusschrift.db.Database.WriteMode.SINGLE
                        : nl.cursusschrift.db.Database.WriteMode.GROUP,
                isOn(env.get("TRUST_PROXY")),
                parseMail(env, baseUrl),
                parseSchedule(env));
    }

    public static Config forTests(Path dataDir, Path contentDir) {
        return new Config(0, dataDir, contentDir, null, false, false, null, 7, null, nl.cursusschrift.db.Database.WriteMode.GROUP);
    }

    public Config withDatabaseUrl(String url) {
        return new Config(port, dataDir, contentDir, url, dev, cookieSecure, backupDir, backupKeep, baseUrl, writeMode, trustProxy, mail, schedule);
    }

    public Config withDev(boolean on) {
        return new Config(port, dataDir, contentDir, databaseUrl, on, cookieSecure, backupDir, backupKeep, baseUrl, writeMode, trustProxy, mail, schedule);
    }

    /** {@code serve --port} and {@code --data-dir} win over the environment. */
    public Config withPortAndDataDir(int newPort, Path newDataDir) {
        return new Config(newPort, newDataDir, contentDir, databaseUrl, dev, cookieSecure, backupDir, backupKeep, baseUrl, writeMode, trustProxy, mail, schedule);
    }

    public Config withMail(nl.cursusschrift.mail.MailSettings settings) {
        return new Config(port, dataDir, contentDir, databaseUrl, dev, cookieSecure, backupDir, backupKeep, baseUrl, writeMode, trustProxy, settings, schedule);
    }

    /** A fixed port with BASE_URL pointing at it: for tests that follow links in mails. */
    public Config withPortAndBaseUrl(int newPort, String newBaseUrl) {
        return new Config(newPort, dataDir, contentDir, databaseUrl, dev, cookieSecure, backupDir, backupKeep, parseBaseUrl(newBaseUrl),
                writeMode, trustProxy, mail, schedule);
    }

    /** The SQLite file used when no DATABASE_URL is set. */
    public Path sqliteFile() {
        return dataDir.resolve("cursusschrift.db");
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            throw new ConfigException("PORT moet een getal tussen 0 en 65535 zijn, niet '" + value + "'");
        }
    }

    private static String parseBaseUrl(String value) {
        if (value == null) return null;
        try {
            return nl.cursusschrift.web.PublicAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static nl.cursusschrift.mail.MailSettings parseMail(Map<String, String> env, String baseUrl) {
        try {
            return nl.cursusschrift.mail.MailSettings.parse(blankToNull(env.get("SMTP_URL")), blankToNull(env.get("MAIL_FROM")),
                    blankToNull(env.get("MAIL_MAX_TRIES")), baseUrl);
        } catch (IllegalArgumentException e) {
            // The issue asks for exit 1 here (the app cannot start), not the 2 of a mistyped option.
            throw new ConfigException(e.getMessage(), 1);
        }
    }

    private static nl.cursusschrift.notify.Schedule parseSchedule(Map<String, String> env) {
        try {
            return nl.cursusschrift.notify.Schedule.parse(blankToNull(env.get("DIGEST_TIME")), blankToNull(env.get("REMINDER_TIME")));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static int parseKeep(String value) {
        try {
            int keep = Integer.parseInt(value.trim());
            if (keep < 1) throw new NumberFormatException();
            return keep;
        } catch (NumberFormatException e) {
            throw new ConfigException("BACKUP_KEEP moet een positief getal zijn, niet '" + value + "'");
        }
    }

    private static boolean isOn(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A setting that cannot be used; Main prints the message and exits non-zero. */
    public static class ConfigException extends RuntimeException {
        private final int exitCode;

        public ConfigException(String message) {
            this(message, 2);
        }

        public ConfigException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
