package nl.cursusschrift.lms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.cursusschrift.db.Ids;

/**
 * OAuth 2 access tokens for the platform's services (AGS, NRPS): the client-credentials grant with a JWT client
 * assertion signed by the tool key (RFC 7523, as LTI Advantage's security framework asks). Kept until shortly
 * before they expire.
 */
final class PlatformTokens {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Held(String token, long until) {
    }

    private final HttpClient http;
    private final ToolKeys keys;
    private final Clock clock;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    PlatformTokens(HttpClient http, ToolKeys keys, Clock clock) {
        this.http = http;
        this.keys = keys;
        this.clock = clock;
    }

    /** A bearer token for the scope, or an IOException saying why the platform gave none. */
    String token(Platform platform, String scope) throws IOException, InterruptedException {
        String cacheKey = platform.id() + " " + scope;
        long now = clock.millis();
        Held h = held.get(cacheKey);
        if (h != null && h.until() > now) return h.token();
        String assertion = keys.sign(new JWTClaimsSet.Builder().issuer(platform.clientId()).subject(platform.clientId())
                .audience(platform.tokenUrl()).issueTime(new Date(now)).expirationTime(new Date(now + 300_000)).jwtID(Ids.random()).build());
        String body = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion) + "&scope=" + enc(scope);
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(platform.tokenUrl())).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IOException("token-adres antwoordde " + res.statusCode());
        JsonNode json = JSON.readTree(res.body());
        String token = json.path("access_token").asText(null);
        if (token == null) throw new IOException("token-adres gaf geen access_token");
        long seconds = Math.max(30, json.path("expires_in").asLong(3600) - 60);
        held.put(cacheKey, new Held(token, now + seconds * 1000));
        return token;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
