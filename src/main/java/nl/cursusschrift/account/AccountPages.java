package nl.cursusschrift.account;

import nl.cursusschrift.web.Form;

/** The page models of the account pages. */
public final class AccountPages {
    private AccountPages() {
    }

    /** @param notice a message above the form (throttled, session expired), or null */
    public record Login(Form form, String next, String notice) {
    }

    /**
     * @param startDate  the Dutch date the learner's weeks count from
     * @param cohortName the learner's group, or null
     * @param learner    learners may download their data and delete their account here
     * @param outdated   the password no longer meets the rules: the page asks for a new one
     * @param sessions   where the person is signed in, this device first
     * @param sections   parts other features add (mail preferences, the calendar address)
     */
    public record Account(Form profile, Form password, Form delete, String role, String startDate, String cohortName, String week,
                          boolean learner, boolean outdated, java.util.List<SessionRow> sessions, java.util.List<gg.jte.Content> sections) {
        public boolean othersSignedIn() {
            return sessions.size() > 1;
        }
    }

    /** One session in the list: "Firefox op Windows (dit apparaat)", "laatst gezien om 10:30". */
    public record SessionRow(String device, boolean current, String lastSeen, boolean remembered) {
    }

    /**
     * "Wachtwoord vergeten". @param sentTo the address just asked for (the same answer whether it has an
     * account or not), or null while the form is shown; @param notice a limit that was hit, or null
     */
    public record Forgot(Form form, String sentTo, String notice) {
    }

    /** @param problem why the link cannot be used, or null when the form is shown */
    public record Reset(Form form, String token, String problem) {
    }
}
