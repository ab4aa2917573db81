package nl.cursusschrift.lms;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;

/**
 * The OIDC login step: a state and a nonce per login, stored (the state hashed), used once, for
 * {@link #VALID} at most. The state ties the launch to the browser that began the login (it is in a
 * cookie too); the nonce ties the platform's id_token to this one login, so a copied token cannot be replayed.
 */
public final class Logins {
    static final Duration VALID = Duration.ofMinutes(5);

    /** A login that was started and not yet finished. */
    public record Pending(String stateHash, String nonce, String platformId, long expiresAt) {
    }

    /** What the login step hands to the browser and the platform. */
    public record Started(String state, String nonce) {
    }

    private final Transactions transactions;
    private final Clock clock;

    public Logins(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public Started start(String platformId) {
        String state = Ids.random() + Ids.random();
        String nonce = Ids.random() + Ids.random();
        long now = clock.millis();
        transactions.run(tx -> {
            LtiSql sql = tx.sql(LtiSql.class);
            sql.purgeLogins(now);
            sql.insertLogin(Ids.sha256(state), nonce, platformId, now + VALID.toMillis());
            return null;
        });
        return new Started(state, nonce);
    }

    /** The login of this state, removed so it cannot be used again; empty when unknown, used or expired. */
    public Optional<Pending> take(String state) {
        if (state == null || state.length() != 44) return Optional.empty();
        String hash = Ids.sha256(state);
        long now = clock.millis();
        return transactions.run(tx -> {
            LtiSql sql = tx.sql(LtiSql.class);
            Optional<Pending> found = sql.login(hash);
            if (found.isEmpty() || sql.deleteLogin(hash) == 0) return Optional.<Pending>empty();
            return found.get().expiresAt() < now ? Optional.<Pending>empty() : found;
        });
    }
}
