package nl.cursusschrift.notify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;

/**
 * The token of a one-click unsubscribe link: {@code userId.kind.mac}, the mac an HMAC-SHA256 over the
 * user and the kind with a key made once and kept in app_setting (so every instance signs alike). The
 * link works without logging in, since a mail client's one-click POST carries no cookies; it can only
 * switch that one kind of mail off for that one person, so nothing is stored per link.
 */
public final class UnsubscribeTokens {
    static final String SETTING = "unsubscribe_key";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** Whom and what a valid token is about. */
    public record Subject(String userId, MailKind kind) {
    }

    private final byte[] key;

    /** Reads the key, or makes it on the first start; at start-up, since mails are signed inside other transactions. */
    public UnsubscribeTokens(Database db) {
        // Made by whichever instance starts first; the others read the same row (ON CONFLICT DO NOTHING).
        String value = db.write(h -> {
            NotifySql sql = h.attach(NotifySql.class);
            sql.addSetting(SETTING, Ids.random() + Ids.random());
            return sql.setting(SETTING).orElseThrow();
        });
        this.key = value.getBytes(StandardCharsets.UTF_8);
    }

    public String token(String userId, MailKind kind) {
        return userId + "." + kind.key + "." + mac(userId, kind.key);
    }

    /** The person and kind of a genuine token; empty for a forged, altered or malformed one. */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) return Optional.empty();
        Optional<MailKind> kind = MailKind.of(parts[1]);
        if (kind.isEmpty() || !Ids.same(parts[2], mac(parts[0], parts[1]))) return Optional.empty();
        return Optional.of(new Subject(parts[0], kind.get()));
    }

    private String mac(String userId, String kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(("afmelden:" + userId + ":" + kind).getBytes(StandardCharsets.UTF_8));
            return URL.encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
