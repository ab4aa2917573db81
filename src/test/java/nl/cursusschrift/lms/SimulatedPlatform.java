package nl.cursusschrift.lms;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A learning platform in the test sources: its own RSA key and JWKS, an OIDC authorisation endpoint that answers
 * with a signed id_token in an auto-post form (as Moodle or Canvas do), a token endpoint that checks the tool's
 * RFC 7523 client assertion against the tool's published JWKS, AGS score and NRPS membership endpoints and a
 * deep-linking return endpoint. Everything it receives is recorded for the test to inspect.
 */
public final class SimulatedPlatform implements AutoCloseable {
    public static final String CLIENT_ID = "cursusschrift-client";
    public static final String DEPLOYMENT = "deployment-1";

    /** What the next launch says; a test changes fields for the case it checks. */
    public static final class Launch {
        public String subject = "sub-1";
        public String name = "Lotte Leerling";
        public String email = "lotte@school.example";
        public List<String> roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        public String contextId = "course-7";
        public String contextTitle = "Klantbeleving voorjaar";
        public String linkId = "link-1";
        public String customStep = "3";
        public String messageType = "LtiResourceLinkRequest";
        public String version = "1.3.0";
        public String deployment = DEPLOYMENT;
        public String lineitem;
        public String deepLinkReturn;
        /** Last changes to the claims (wrong aud, expired, ...). */
        public Consumer<JWTClaimsSet.Builder> tamper = b -> { };
        /** Sign with a key the platform does not publish. */
        public boolean foreignKey;
        /** Send a JWT with "alg": "none". */
        public boolean unsigned;
        public String kid;
    }

    public final String issuer;
    public final RSAKey key;
    public final RSAKey otherKey;
    public volatile Launch next = new Launch();
    public volatile boolean scoresDown;
    public volatile String toolJwksUrl;
    public final List<Map<String, String>> authRequests = new CopyOnWriteArrayList<>();
    public final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    public final List<String> scores = new CopyOnWriteArrayList<>();
    public final List<JWTClaimsSet> deepLinkResponses = new CopyOnWriteArrayList<>();
    public final List<Map<String, Object>> members = new CopyOnWriteArrayList<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The page of a course on the platform, with the tool in an iframe; set by the test. */
    public volatile String frameSource;

    public SimulatedPlatform() throws Exception {
        this("127.0.0.1");
    }

    /** @param host the name the platform's addresses use ("localhost" puts it on the same site as the app in a browser) */
    public SimulatedPlatform(String host) throws Exception {
        key = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("platform-key-1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://" + host + ":" + server.getAddress().getPort();
        server.createContext("/course", ex -> send(ex, 200, "text/html", "<!doctype html><html lang=nl><title>Cursus</title><h1>Cursus op het platform</h1>"
                + "<iframe title=Cursusschrift width=1000 height=800 src=\"" + frameSource + "\"></iframe></html>"));
        server.createContext("/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/auth", this::auth);
        server.createContext("/token", this::token);
        server.createContext("/lineitems/", this::score);
        server.createContext("/memberships", this::memberships);
        server.createContext("/deeplink-return", this::deepLinkReturn);
        server.start();
    }

    public String url(String path) {
        return issuer + path;
    }

    /** The values to register this platform with, by the field names of the form. */
    public Map<String, String> registration() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("issuer", issuer);
        r.put("client_id", CLIENT_ID);
        r.put("deployment_ids", DEPLOYMENT + ", deployment-2");
        r.put("auth_url", url("/auth"));
        r.put("token_url", url("/token"));
        r.put("jwks_url", url("/jwks"));
        return r;
    }

    private void auth(HttpExchange ex) throws IOException {
        Map<String, String> q = parse(ex.getRequestURI().getRawQuery());
        authRequests.add(q);
        Launch l = next;
        long now = System.currentTimeMillis();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(l.subject).audience(q.get("client_id"))
                .issueTime(new Date(now)).expirationTime(new Date(now + 300_000))
                .claim("nonce", q.get("nonce")).claim("name", l.name).claim("email", l.email)
                .claim(Claims.MESSAGE_TYPE, l.messageType).claim(Claims.VERSION, l.version)
                .claim(Claims.DEPLOYMENT_ID, l.deployment).claim(Claims.TARGET_LINK_URI, q.get("redirect_uri"))
                .claim(Claims.ROLES, l.roles)
                .claim(Claims.CONTEXT, Map.of("id", l.contextId, "title", l.contextTitle))
                .claim(Claims.NRPS, Map.of("context_memberships_url", url("/memberships"), "service_versions", List.of("2.0")));
        if (l.linkId != null) b.claim(Claims.RESOURCE_LINK, Map.of("id", l.linkId));
        if (l.customStep != null) b.claim(Claims.CUSTOM, Map.of("step", l.customStep));
        if (l.lineitem != null) {
            b.claim(Claims.AGS_ENDPOINT, Map.of("scope", List.of(Claims.SCOPE_SCORE, Claims.SCOPE_LINEITEM), "lineitems", url("/lineitems"),
                    "lineitem", l.lineitem));
        }
        if (l.deepLinkReturn != null) {
            b.claim(Claims.DL_SETTINGS, Map.of("deep_link_return_url", l.deepLinkReturn, "accept_types", List.of("ltiResourceLink"),
                    "accept_presentation_document_targets", List.of("iframe", "window"), "accept_multiple", true, "data", "csrf-of-platform"));
        }
        l.tamper.accept(b);
        String token;
        try {
            token = l.unsigned ? new com.nimbusds.jwt.PlainJWT(b.build()).serialize() : sign(b.build(), l.foreignKey ? otherKey : key, l.kid);
        } catch (Exception e) {
            throw new IOException(e);
        }
        String html = "<!doctype html><form method=post action=\"" + q.get("redirect_uri") + "\">"
                + "<input type=hidden name=id_token value=\"" + token + "\"><input type=hidden name=state value=\"" + q.get("state") + "\"></form>"
                + "<script>document.forms[0].submit()</script>";
        send(ex, 200, "text/html", html);
    }

    String sign(JWTClaimsSet claims, RSAKey with, String kid) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid == null ? with.getKeyID() : kid).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(form);
        try {
            JWTClaimsSet assertion = verifiedByTool(form.get("client_assertion"));
            boolean ok = "client_credentials".equals(form.get("grant_type"))
                    && "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))
                    && CLIENT_ID.equals(assertion.getIssuer()) && CLIENT_ID.equals(assertion.getSubject())
                    && assertion.getAudience().contains(url("/token")) && assertion.getExpirationTime().after(new Date())
                    && assertion.getJWTID() != null;
            if (!ok) {
                send(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
                return;
            }
        } catch (Exception e) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = "at-" + tokens.size() + "-" + System.nanoTime();
        tokens.add(token);
        send(ex, 200, "application/json", "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\""
                + form.getOrDefault("scope", "") + "\"}");
    }

    private boolean authorised(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.startsWith("Bearer ") && tokens.contains(auth.substring(7));
    }

    private void score(HttpExchange ex) throws IOException {
        if (scoresDown) {
            send(ex, 503, "text/plain", "onderhoud");
            return;
        }
        if (!authorised(ex) || !ex.getRequestURI().getPath().endsWith("/scores")
                || !"application/vnd.ims.lis.v1.score+json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            send(ex, 401, "text/plain", "nee");
            return;
        }
        scores.add(ex.getRequestURI().getPath() + " " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        send(ex, 200, "application/json", "{}");
    }

    private void memberships(HttpExchange ex) throws IOException {
        if (!authorised(ex)) {
            send(ex, 401, "text/plain", "nee");
            return;
        }
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Object> body = new HashMap<>();
        body.put("id", url("/memberships"));
        body.put("context", Map.of("id", next.contextId));
        body.put("members", new ArrayList<>(members));
        send(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", mapper.writeValueAsString(body));
    }

    private void deepLinkReturn(HttpExchange ex) throws IOException {
        Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            deepLinkResponses.add(verifiedByTool(form.get("JWT")));
            send(ex, 200, "text/html", "<!doctype html><p>Ontvangen</p>");
        } catch (Exception e) {
            send(ex, 400, "text/plain", "ongeldig: " + e.getMessage());
        }
    }

    /** A JWT the tool signed, checked against the keys the tool publishes. */
    JWTClaimsSet verifiedByTool(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        String jwks = http.send(HttpRequest.newBuilder(URI.create(toolJwksUrl)).build(), HttpResponse.BodyHandlers.ofString()).body();
        RSAKey toolKey = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(signed.getHeader().getKeyID());
        if (toolKey == null || !signed.verify(new RSASSAVerifier(toolKey))) throw new IllegalStateException("signature");
        return signed.getJWTClaimsSet();
    }

    static Map<String, String> parse(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) return out;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
