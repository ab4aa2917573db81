package nl.cursusschrift.lms;

import java.util.List;
import nl.cursusschrift.web.Form;

/** The page models of the LTI pages. */
public final class LtiPages {
    private LtiPages() {
    }

    /** What the administrator enters on the platform's side, all from BASE_URL. */
    public record ToolUrls(String login, String launch, String jwks, String deepLinking, String custom) {
        static ToolUrls of(String base) {
            return new ToolUrls(base + "/lti/login", base + "/lti/launch", base + "/lti/jwks.json", base + "/lti/launch", "step=$N");
        }
    }

    /** One registered platform as the list shows it. */
    public record PlatformRow(Platform platform, String deployments, String registeredOn) {
    }

    /** /beheer/lti. */
    public record Admin(List<PlatformRow> platforms, Form form, ToolUrls urls) {
    }

    /** One lesson to pick when placing steps in the platform's course. */
    public record Choice(int step, String title, boolean checked) {
    }

    /** /lti/lessen-kiezen/{id}: the instructor picks steps. */
    public record Pick(String id, boolean multiple, List<Choice> lessons, String error) {
    }

    /** /lti/cursussen: the platform courses whose members an instructor may fetch. */
    public record Courses(List<Rosters.Course> courses) {
    }

    /** The signed answer, posted back to the platform by the browser. */
    public record Post(String returnUrl, String jwt, int count) {
    }
}
