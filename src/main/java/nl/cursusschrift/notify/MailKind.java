package nl.cursusschrift.notify;

import java.util.List;
import java.util.Optional;

/**
 * The mails a person may switch off, each with its name in the database and on /account. The forgotten-password
 * and invitation mails are not here: without them nobody can get in, so they cannot be switched off.
 */
public enum MailKind {
    REMINDER("reminder", "Een nieuwe stap staat voor je klaar", "mails over een nieuwe stap die voor je openging", false),
    FEEDBACK("feedback", "Feedback van je docent", "mails over feedback van je docent", false),
    REPLY("reply", "Reacties op wat je deelde", "mails over reacties op je gedeelde antwoorden", false),
    DIGEST("digest", "Dagelijks nakijkoverzicht", "dagelijks nakijkoverzicht", true);

    public final String key;
    public final String label;
    /** How the unsubscribe page names it: "Geen ... meer ontvangen?". */
    public final String what;
    public final boolean staff;

    MailKind(String key, String label, String what, boolean staff) {
        this.key = key;
        this.label = label;
        this.what = what;
        this.staff = staff;
    }

    public static Optional<MailKind> of(String key) {
        for (MailKind kind : values()) if (kind.key.equals(key)) return Optional.of(kind);
        return Optional.empty();
    }

    /** The kinds a learner, or a staff member, gets. */
    public static List<MailKind> forStaff(boolean staff) {
        return java.util.Arrays.stream(values()).filter(k -> k.staff == staff).toList();
    }
}
