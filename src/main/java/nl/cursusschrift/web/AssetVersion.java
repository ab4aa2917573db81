package nl.cursusschrift.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/** A short fingerprint of the stylesheet and script, appended to their URLs so browsers refetch after an upgrade. */
public final class AssetVersion {
    private static final String[] ASSETS = {"/static/site.css", "/static/app.js"};

    private AssetVersion() {
    }

    public static String compute() {
        CRC32 crc = new CRC32();
        for (String asset : ASSETS) {
            try (InputStream in = AssetVersion.class.getResourceAsStream(asset)) {
                if (in != null) crc.update(in.readAllBytes());
            } catch (IOException e) {
                // a missing asset only means a weaker cache key
            }
        }
        return Long.toString(crc.getValue(), 36);
    }
}
