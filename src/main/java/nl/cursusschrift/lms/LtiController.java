package nl.cursusschrift.lms;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.cursusschrift.account.Access;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.web.Cookies;
import nl.cursusschrift.web.ErrorPage;
import nl.cursusschrift.web.Page;
import nl.cursusschrift.web.PublicAddress;
import nl.cursusschrift.web.SecurityHeaders;

/**
 * The LTI 1.3 endpoints a platform calls: the third-party-initiated login (OIDC), the launch the platform
 * posts the id_token to, and our public keys. A refused launch changes nothing and says why in Dutch.
 */
public final class LtiController {
    static final String STATE_COOKIE = "cs_lti_state";
    static final String SECURE_STATE_COOKIE = "__Host-cs_lti_state";
    static final String TITLE = "Openen vanuit je leeromgeving lukt niet";

    private final Platforms platforms;
    private final Logins logins;
    private final IdTokens idTokens;
    private final Launching launching;
    private final DeepLinks deepLinks;
    private final ToolKeys keys;
    private final Access access;
    private final FrameOrigins frames;
    private final PublicAddress address;

    LtiController(Platforms platforms, Logins logins, IdTokens idTokens, Launching launching, DeepLinks deepLinks, ToolKeys keys, Access access,
                         FrameOrigins frames, PublicAddress address) {
        this.platforms = platforms;
        this.logins = logins;
        this.idTokens = idTokens;
        this.launching = launching;
        this.deepLinks = deepLinks;
        this.keys = keys;
        this.access = access;
        this.frames = frames;
        this.address = address;
    }

    public void jwks(Context ctx) {
        ctx.contentType("application/json");
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.result(keys.publishedJson());
    }

    /** GET or POST /lti/login: the platform starts a login; we send the browser to its OIDC endpoint with a fresh state and nonce. */
    public void login(Context ctx) {
        try {
            String issuer = param(ctx, "iss");
            Platform platform = platforms.find(issuer, param(ctx, "client_id")).orElseThrow(() -> LaunchRefused.bad(
                    "Deze leeromgeving is bij Cursusschrift niet (of niet met deze client id) geregistreerd. Vraag de beheerder om haar op /beheer/lti te registreren."));
            String loginHint = param(ctx, "login_hint");
            if (loginHint == null) throw LaunchRefused.bad("Je leeromgeving stuurde geen login_hint mee; open de cursus opnieuw vanuit je leeromgeving.");
            String base = address.require(ctx);
            String target = param(ctx, "target_link_uri");
            if (target != null && !target.equals(base) && !target.startsWith(base + "/")) {
                throw LaunchRefused.bad("Je leeromgeving wil naar een adres dat niet van deze Cursusschrift is (target_link_uri).");
            }
            String deployment = param(ctx, "lti_deployment_id");
            if (deployment != null && !platforms.deploymentRegistered(platform.id(), deployment)) {
                throw LaunchRefused.bad("Deze deployment van je leeromgeving is bij Cursusschrift niet geregistreerd. Vraag de beheerder om haar toe te voegen.");
            }
            Logins.Started started = logins.start(platform.id());
            Cookies.setCrossSite(ctx, stateCookie(), started.state(), Logins.VALID, access.secureCookies());
            Map<String, String> query = new LinkedHashMap<>();
            query.put("scope", "openid");
            query.put("response_type", "id_token");
            query.put("response_mode", "form_post");
            query.put("prompt", "none");
            query.put("client_id", platform.clientId());
            query.put("redirect_uri", base + "/lti/launch");
            query.put("login_hint", loginHint);
            String messageHint = param(ctx, "lti_message_hint");
            if (messageHint != null) query.put("lti_message_hint", messageHint);
            query.put("state", started.state());
            query.put("nonce", started.nonce());
            ctx.redirect(withQuery(platform.authUrl(), query), HttpStatus.FOUND);
        } catch (LaunchRefused e) {
            refuse(ctx, e, null);
        }
    }

    /** POST /lti/launch: the platform's form post with the id_token. */
    public void launch(Context ctx) {
        Platform platform = null;
        try {
            String state = ctx.formParam("state");
            String token = ctx.formParam("id_token");
            if (state == null || token == null) {
                throw LaunchRefused.bad("Deze pagina opent alleen vanuit je leeromgeving. Klik daar opnieuw op de link naar de cursus.");
            }
            if (!Ids.same(state, ctx.cookie(stateCookie()))) {
                throw LaunchRefused.unauthorized("Je browser gaf het koekje van deze aanmelding niet mee (of de aanmelding begon in een andere browser). "
                        + "Open de cursus opnieuw vanuit je leeromgeving; lukt het in het venster van je leeromgeving niet, kies dan 'openen in nieuw venster'.");
            }
            Logins.Pending pending = logins.take(state).orElseThrow(() -> LaunchRefused.unauthorized(
                    "Deze aanmelding is verlopen of al gebruikt. Open de cursus opnieuw vanuit je leeromgeving."));
            platform = platforms.byId(pending.platformId()).orElseThrow(() -> LaunchRefused.unauthorized(
                    "Deze leeromgeving is bij Cursusschrift niet meer geregistreerd."));
            Claims claims = idTokens.verify(token, platform, pending.nonce());
            if (claims.isDeepLinking() && !claims.instructor()) {
                throw LaunchRefused.unauthorized("Lessen kiezen om in je cursus te zetten kan alleen een docent.");
            }
            Launching.Result result = launching.launch(platform, claims);
            String origins = FrameOrigins.of(platform, claims.returnUrl());
            Platform launchedFrom = platform;
            String deepLinkId = claims.isDeepLinking() ? Ids.random() : null;
            access.signInEmbedded(ctx, result.userId(), (tx, sessionHash) -> {
                tx.sql(LtiSql.class).insertSession(sessionHash, origins);
                if (deepLinkId != null) deepLinks.store(tx, deepLinkId, launchedFrom, claims, result.userId());
            });
            frames.mark(ctx);
            Cookies.clear(ctx, stateCookie(), access.secureCookies());
            String next = deepLinkId != null ? "/lti/lessen-kiezen/" + deepLinkId : result.step() > 0 ? "/les/" + result.step() : "/";
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (LaunchRefused e) {
            refuse(ctx, e, platform);
        }
    }

    private void refuse(Context ctx, LaunchRefused e, Platform platform) {
        // The refusal shows inside the platform's frame, where the launch began: let that platform frame it.
        if (platform != null) SecurityHeaders.allowFraming(ctx, FrameOrigins.of(platform, null));
        ctx.status(e.status());
        Page.render(ctx, "error/error.jte", new ErrorPage(e.status(), TITLE, e.getMessage()));
    }

    private String stateCookie() {
        return access.secureCookies() ? SECURE_STATE_COOKIE : STATE_COOKIE;
    }

    private static String param(Context ctx, String name) {
        String value = ctx.method() == HandlerType.POST ? ctx.formParam(name) : ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    static String withQuery(String url, Map<String, String> query) {
        StringBuilder out = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        query.forEach((k, v) -> out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
