package nl.cursusschrift.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of the stylesheet and script, appended to their URLs as {@code ?v=}: browsers may
 * keep them a year, and refetch after an upgrade because the hash changed. {@link Assets} checks it.
 */
public final class AssetVersion {
    static final String[] ASSETS = {"/static/site.css", "/static/app.js"};
    private static final String CURRENT = of(ASSETS);

    private AssetVersion() {
    }

    /** This build's hash (computed once, at class load). */
    public static String compute() {
        return CURRENT;
    }

    /** The first 12 hex digits of the SHA-256 over the named classpath resources, in order. */
    static String of(String... resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String asset : resources) {
                try (InputStream in = AssetVersion.class.getResourceAsStream(asset)) {
                    if (in != null) sha.update(in.readAllBytes());
                } catch (IOException e) {
                    // a missing asset only means a weaker cache key
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
