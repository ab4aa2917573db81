package nl.cursusschrift.lms;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cursusschrift.course.Lesson;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.db.Transactions;
import nl.cursusschrift.db.Tx;

/**
 * Deep Linking 2.0: an instructor's LtiDeepLinkingRequest waits here (one use, {@link #VALID}) while they pick
 * steps; the answer is an LtiDeepLinkingResponse JWT signed with the tool key, one ltiResourceLink per step,
 * each with a line item so the platform makes a gradebook column for it.
 */
public final class DeepLinks {
    static final Duration VALID = Duration.ofMinutes(30);

    /** A stored deep-linking request. */
    public record Request(String id, String platformId, String userId, String deploymentId, String returnUrl, String data, int acceptMultiple,
                          long expiresAt) {
        public boolean multiple() {
            return acceptMultiple == 1;
        }
    }

    /** The signed answer and where the browser posts it. */
    public record Response(String returnUrl, String jwt) {
    }

    private final LtiSql sql;
    private final Transactions transactions;
    private final ToolKeys keys;
    private final Clock clock;

    public DeepLinks(nl.cursusschrift.db.Database db, Transactions transactions, ToolKeys keys, Clock clock) {
        this.sql = db.reads().onDemand(LtiSql.class);
        this.transactions = transactions;
        this.keys = keys;
        this.clock = clock;
    }

    void store(Tx tx, String id, Platform platform, Claims claims, String userId) {
        long now = clock.millis();
        LtiSql w = tx.sql(LtiSql.class);
        w.purgeDeepLinks(now);
        Claims.DeepLinking dl = claims.deepLinking();
        w.insertDeepLink(id, platform.id(), userId, claims.deploymentId(), dl.returnUrl(), dl.data(), dl.acceptMultiple() ? 1 : 0,
                now + VALID.toMillis());
    }

    /** The request, when it is this user's and still open. */
    public Optional<Request> pending(String id, String userId) {
        return sql.deepLink(id).filter(r -> r.userId().equals(userId) && r.expiresAt() >= clock.millis());
    }

    /** Signs the answer with the chosen lessons and closes the request, so it cannot be answered twice. */
    public Optional<Response> respond(Request request, Platform platform, List<Lesson> lessons, String base) {
        boolean closed = transactions.run(tx -> tx.sql(LtiSql.class).deleteDeepLink(request.id()) > 0);
        if (!closed) return Optional.empty();
        List<Object> items = new ArrayList<>();
        for (Lesson lesson : lessons) {
            String title = "Les " + lesson.step() + ": " + lesson.title();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "ltiResourceLink");
            item.put("title", title);
            item.put("url", base + "/les/" + lesson.step());
            item.put("custom", Map.of("step", String.valueOf(lesson.step())));
            item.put("lineItem", Map.of("scoreMaximum", 1, "label", title, "resourceId", "step-" + lesson.step()));
            items.add(item);
        }
        long now = clock.millis();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .audience(platform.issuer())
                .issueTime(new Date(now))
                .expirationTime(new Date(now + Duration.ofMinutes(5).toMillis()))
                .jwtID(Ids.random())
                .claim("nonce", Ids.random())
                .claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_RESPONSE)
                .claim(Claims.VERSION, "1.3.0")
                .claim(Claims.DEPLOYMENT_ID, request.deploymentId())
                .claim(Claims.DL_CONTENT_ITEMS, items);
        if (request.data() != null) claims.claim(Claims.DL_DATA, request.data());
        return Optional.of(new Response(request.returnUrl(), keys.sign(claims.build())));
    }
}
