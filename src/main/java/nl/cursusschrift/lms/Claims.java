package nl.cursusschrift.lms;

import java.util.List;

/**
 * The claim names of LTI 1.3 Core, Deep Linking 2.0, Assignment and Grade Services 2.0 and Names and Role
 * Provisioning Services 2.0, and what a verified launch said in them.
 */
public record Claims(
        String messageType,
        String deploymentId,
        String subject,
        String name,
        String email,
        List<String> roles,
        String contextId,
        String contextTitle,
        String resourceLinkId,
        String customStep,
        String lineitemUrl,
        String lineitemsUrl,
        List<String> agsScopes,
        String membershipsUrl,
        String returnUrl,
        DeepLinking deepLinking) {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String TARGET_LINK_URI = LTI + "target_link_uri";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String ROLES = LTI + "roles";
    static final String CONTEXT = LTI + "context";
    static final String CUSTOM = LTI + "custom";
    static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    static final String DL_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";

    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

    static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String SCOPE_MEMBERSHIPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** The deep_linking_settings of an LtiDeepLinkingRequest. */
    public record DeepLinking(String returnUrl, String data, boolean acceptMultiple, List<String> acceptTypes) {
    }

    public boolean isDeepLinking() {
        return DEEP_LINKING_REQUEST.equals(messageType);
    }

    /** Staff for this context: Instructor, TeachingAssistant, ContentDeveloper or Administrator of the course. */
    public boolean instructor() {
        return roles.stream().anyMatch(Claims::isStaffRole);
    }

    static boolean isStaffRole(String role) {
        String r = role.strip();
        String membership = "http://purl.imsglobal.org/vocab/lis/v2/membership";
        String local;
        if (r.startsWith(membership + "#")) local = r.substring(membership.length() + 1);
        else if (r.startsWith(membership + "/Instructor#")) local = "Instructor";
        else if (!r.contains("/") && !r.contains(":")) local = r; // the short form LTI 1.3 still allows for context roles
        else return false;
        return List.of("Instructor", "TeachingAssistant", "ContentDeveloper", "Administrator").contains(local);
    }
}
