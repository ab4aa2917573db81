package nl.cursusschrift.lms;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;

/** Reads the claims of an id_token whose signature and core claims {@link IdTokens} already checked. */
final class ClaimReader {
    private ClaimReader() {
    }

    static Claims read(JWTClaimsSet c, String type, String deployment) {
        Map<String, Object> context = IdTokens.object(c, Claims.CONTEXT);
        Map<String, Object> link = IdTokens.object(c, Claims.RESOURCE_LINK);
        Map<String, Object> custom = IdTokens.object(c, Claims.CUSTOM);
        Map<String, Object> ags = IdTokens.object(c, Claims.AGS_ENDPOINT);
        Map<String, Object> nrps = IdTokens.object(c, Claims.NRPS);
        Map<String, Object> presentation = IdTokens.object(c, Claims.LAUNCH_PRESENTATION);
        Map<String, Object> dl = IdTokens.object(c, Claims.DL_SETTINGS);
        List<String> roles = strings(c.getClaim(Claims.ROLES));
        String contextId = str(context.get("id"));
        if (contextId == null) throw LaunchRefused.bad("Je leeromgeving zei niet vanuit welke cursus je komt (context); open Cursusschrift vanuit een cursus.");
        if (Claims.RESOURCE_LINK_REQUEST.equals(type) && str(link.get("id")) == null) {
            throw LaunchRefused.bad("Je leeromgeving zei niet welke link je opende (resource_link).");
        }
        Claims.DeepLinking deepLinking = null;
        if (Claims.DEEP_LINKING_REQUEST.equals(type)) {
            String returnUrl = str(dl.get("deep_link_return_url"));
            if (returnUrl == null || Registration.urlProblem(returnUrl) != null) {
                throw LaunchRefused.bad("Je leeromgeving gaf geen bruikbaar terugkeeradres voor het kiezen van lessen (deep_link_return_url).");
            }
            deepLinking = new Claims.DeepLinking(returnUrl, str(dl.get("data")), Boolean.TRUE.equals(dl.get("accept_multiple")),
                    strings(dl.get("accept_types")));
        }
        String name = str(c.getClaim("name"));
        if (name == null) {
            String given = str(c.getClaim("given_name"));
            String family = str(c.getClaim("family_name"));
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return new Claims(type, deployment, c.getSubject(), name, str(c.getClaim("email")), roles, contextId,
                firstNonNull(str(context.get("title")), str(context.get("label")), "Cursus"), str(link.get("id")),
                custom.get("step") == null ? null : String.valueOf(custom.get("step")), str(ags.get("lineitem")), str(ags.get("lineitems")),
                strings(ags.get("scope")), str(nrps.get("context_memberships_url")), str(presentation.get("return_url")), deepLinking);
    }

    private static String str(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) return List.of();
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }
}
