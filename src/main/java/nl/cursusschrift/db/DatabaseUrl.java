package nl.cursusschrift.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the data lives: the SQLite file (default) or a PostgreSQL server from DATABASE_URL.
 * Accepts {@code sqlite:FILE}, {@code jdbc:sqlite:FILE}, {@code postgresql://user:pass@host:5432/db}
 * (also {@code postgres://} and {@code jdbc:postgresql://}).
 */
public record DatabaseUrl(Kind kind, String jdbcUrl, String user, String password, Path sqliteFile) {

    public enum Kind { SQLITE, POSTGRESQL }

    public static DatabaseUrl sqlite(Path file) {
        return new DatabaseUrl(Kind.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath(), null, null, file);
    }

    public static DatabaseUrl parse(String url) {
        String value = url.trim();
        if (value.startsWith("jdbc:sqlite:")) return sqlite(Path.of(value.substring("jdbc:sqlite:".length())));
        if (value.startsWith("sqlite:")) return sqlite(Path.of(value.substring("sqlite:".length())));
        if (value.startsWith("jdbc:postgresql://")) value = value.substring("jdbc:".length());
        if (value.startsWith("postgres://")) value = "postgresql://" + value.substring("postgres://".length());
        if (!value.startsWith("postgresql://")) {
            throw new IllegalArgumentException("DATABASE_URL '" + masked(url)
                    + "' wordt niet herkend: gebruik postgresql://gebruiker:wachtwoord@host:5432/database of sqlite:pad/naar/bestand.db");
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DATABASE_URL '" + masked(url) + "' is geen geldig adres");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("DATABASE_URL '" + masked(url)
                    + "' mist de host of de naam van de database (postgresql://gebruiker:wachtwoord@host:5432/database)");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
        return new DatabaseUrl(Kind.POSTGRESQL, jdbc, user, password, null);
    }

    /** The URL with its password replaced, safe for logs and error messages. */
    public static String masked(String url) {
        return url.replaceAll("(//[^:/@]+:)[^@]*@", "$1****@");
    }

    /** A description for logs: no password. */
    public String describe() {
        return kind == Kind.SQLITE ? "SQLite " + sqliteFile : "PostgreSQL " + jdbcUrl + (user == null ? "" : " als " + user);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
