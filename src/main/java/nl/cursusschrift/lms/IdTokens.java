package nl.cursusschrift.lms;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Checks a platform's id_token the way LTI 1.3 Core (section 5.1.3) and the OIDC core spec ask: RS256 signed
 * with a key the platform publishes, our client id in aud (azp when aud holds more), not expired, not issued
 * in the future, the nonce of this login, a registered deployment, the 1.3.0 message types we handle.
 */
final class IdTokens {
    /** How far the platform's clock may be off from ours. */
    static final long SKEW_MS = 60_000;

    private final PlatformKeys keys;
    private final Platforms platforms;
    private final Clock clock;

    IdTokens(PlatformKeys keys, Platforms platforms, Clock clock) {
        this.keys = keys;
        this.platforms = platforms;
        this.clock = clock;
    }

    Claims verify(String token, Platform platform, String nonce) {
        JWTClaimsSet c = verifiedClaims(token, platform);
        if (!platform.issuer().equals(c.getIssuer())) throw refused("het token komt van een ander platform (iss)");
        List<String> aud = c.getAudience();
        if (aud == null || !aud.contains(platform.clientId())) throw refused("het token is niet voor deze koppeling bedoeld (aud)");
        String azp = string(c, "azp");
        if ((aud.size() > 1 || azp != null) && !platform.clientId().equals(azp)) throw refused("het token is niet voor deze koppeling bedoeld (azp)");
        long now = clock.millis();
        Date exp = c.getExpirationTime();
        Date iat = c.getIssueTime();
        if (exp == null || exp.getTime() + SKEW_MS < now) throw refused("het token is verlopen");
        if (iat == null || iat.getTime() - SKEW_MS > now) throw refused("het token is gemaakt in de toekomst; klopt de klok van het platform?");
        if (nonce == null || !nonce.equals(string(c, "nonce"))) throw refused("het token hoort niet bij deze aanmelding (nonce)");
        if (c.getSubject() == null || c.getSubject().isBlank()) throw refused("het token zegt niet wie je bent (sub)");
        if (!"1.3.0".equals(string(c, Claims.VERSION))) throw refused("het token is geen LTI 1.3.0");
        String type = string(c, Claims.MESSAGE_TYPE);
        if (!Claims.RESOURCE_LINK_REQUEST.equals(type) && !Claims.DEEP_LINKING_REQUEST.equals(type)) {
            throw refused("dit soort bericht (" + (type == null ? "geen" : type) + ") kent Cursusschrift niet");
        }
        String deployment = string(c, Claims.DEPLOYMENT_ID);
        if (!platforms.deploymentRegistered(platform.id(), deployment)) throw refused("deze deployment van het platform is hier niet geregistreerd");
        return ClaimReader.read(c, type, deployment);
    }

    private JWTClaimsSet verifiedClaims(String token, Platform platform) {
        SignedJWT jwt;
        try {
            // SignedJWT refuses "alg": "none" (an unsecured JWT) while parsing: such a token never gets this far.
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw refused("het token is geen ondertekend JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) throw refused("het token is niet met RS256 ondertekend");
        RSAKey key = keys.key(platform, jwt.getHeader().getKeyID())
                .orElseThrow(() -> refused("het token is ondertekend met een sleutel die het platform niet publiceert"));
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) throw refused("de handtekening van het token klopt niet");
            return jwt.getJWTClaimsSet();
        } catch (JOSEException | ParseException e) {
            throw refused("de handtekening van het token klopt niet");
        }
    }

    static String string(JWTClaimsSet c, String name) {
        Object value = c.getClaim(name);
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JWTClaimsSet c, String name) {
        Object value = c.getClaim(name);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static LaunchRefused refused(String why) {
        return LaunchRefused.unauthorized("Je leeromgeving stuurde een aanmelding die we niet vertrouwen: " + why + ".");
    }
}
