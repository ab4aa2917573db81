package nl.cursusschrift.lms;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.cursusschrift.db.Database;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;

/**
 * The tool's RSA signing keys: made on first use, kept in the database (so every instance signs with the
 * same key), published at /lti/jwks.json. After a rotation the old key stays published for
 * {@link #KEEP_PUBLISHED}: platforms cache our JWKS, and what the old key signed must still verify meanwhile.
 */
public final class ToolKeys {
    static final Duration KEEP_PUBLISHED = Duration.ofDays(7);

    private final LtiSql sql;
    private final Transactions transactions;
    private final Clock clock;

    public ToolKeys(Database db, Transactions transactions, Clock clock) {
        this.sql = db.reads().onDemand(LtiSql.class);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The key that signs now, made when there is none yet. */
    RSAKey current() {
        return sql.currentKey().map(ToolKeys::parse).orElseGet(() -> transactions.run(tx -> {
            // Another instance may have made one meanwhile: the writer runs one transaction at a time, so look again inside.
            var existing = tx.sql(LtiSql.class).currentKey();
            if (existing.isPresent()) return parse(existing.get());
            RSAKey key = generate();
            tx.sql(LtiSql.class).insertKey(key.getKeyID(), key.toJSONString(), clock.millis());
            return key;
        }));
    }

    /** Retires the signing key (it stays published for a while) and makes a new one; returns the new key id. */
    public String rotate() {
        RSAKey key = generate();
        long now = clock.millis();
        transactions.run(tx -> {
            LtiSql w = tx.sql(LtiSql.class);
            w.retireKeys(now);
            w.insertKey(key.getKeyID(), key.toJSONString(), now);
            tx.publish(new LtiEvents.KeysRotated(key.getKeyID()));
            return null;
        });
        return key.getKeyID();
    }

    /** The public halves of the current and recently retired keys, as JWKS JSON. */
    public String publishedJson() {
        current();
        List<JWK> keys = sql.publishedKeys(clock.millis() - KEEP_PUBLISHED.toMillis()).stream()
                .map(ToolKeys::parse).map(k -> (JWK) k.toPublicJWK()).toList();
        return new JWKSet(keys).toString(true);
    }

    /** A JWT with these claims, signed RS256 by the current key, its kid in the header. */
    String sign(JWTClaimsSet claims) {
        RSAKey key = current();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with the tool key failed", e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(Ids.random()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("no RSA key generator", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored tool key cannot be read", e);
        }
    }
}
