package nl.cursusschrift.lms;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' public keys, fetched from their JWKS URL and kept for an hour. A token signed with a key
 * id we do not know makes us fetch again at once (the platform rotated), but at most every
 * {@link #REFETCH_GAP}, so a stream of forged key ids cannot turn us into a flood of requests to the platform.
 */
final class PlatformKeys {
    private static final Duration KEEP = Duration.ofHours(1);
    private static final Duration REFETCH_GAP = Duration.ofSeconds(10);
    private static final int MAX_BYTES = 256 * 1024;

    private record Cached(String url, JWKSet keys, long fetchedAt) {
    }

    private final HttpClient http;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    PlatformKeys(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** The platform's RSA key with this id, or empty when the platform does not publish it (or cannot be reached). */
    Optional<RSAKey> key(Platform platform, String kid) {
        long now = clock.millis();
        Cached cached = cache.get(platform.id());
        boolean stale = cached == null || !cached.url().equals(platform.jwksUrl()) || now - cached.fetchedAt() > KEEP.toMillis();
        if (!stale) {
            Optional<RSAKey> found = find(cached.keys(), kid);
            if (found.isPresent() || now - cached.fetchedAt() < REFETCH_GAP.toMillis()) return found;
        }
        JWKSet fresh = fetch(platform.jwksUrl());
        if (fresh == null) return cached == null ? Optional.empty() : find(cached.keys(), kid);
        cache.put(platform.id(), new Cached(platform.jwksUrl(), fresh, now));
        return find(fresh, kid);
    }

    private static Optional<RSAKey> find(JWKSet keys, String kid) {
        if (kid == null) return keys.getKeys().size() == 1 && keys.getKeys().get(0) instanceof RSAKey only ? Optional.of(only) : Optional.empty();
        JWK key = keys.getKeyByKeyId(kid);
        return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }

    private JWKSet fetch(String url) {
        try {
            HttpResponse<java.io.InputStream> res = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = res.body()) {
                // Read at most a little more than a key set can be: a wrong URL serving a huge file cannot fill the heap.
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (res.statusCode() != 200 || bytes.length > MAX_BYTES) return null;
                return JWKSet.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException | ParseException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
