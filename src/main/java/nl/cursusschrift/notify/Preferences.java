package nl.cursusschrift.notify;

import java.util.HashSet;
import java.util.Set;
import nl.cursusschrift.db.Database;

/** Reads which optional mails people switched off; a kind nobody switched off is on. */
public final class Preferences {
    private final Database db;

    public Preferences(Database db) {
        this.db = db;
    }

    public boolean wants(String userId, MailKind kind) {
        return !db.reads().withHandle(h -> h.attach(NotifySql.class).switchedOff(userId)).contains(kind.key);
    }

    public Set<MailKind> wanted(String userId, boolean staff) {
        var off = db.reads().withHandle(h -> h.attach(NotifySql.class).switchedOff(userId));
        Set<MailKind> on = new HashSet<>();
        for (MailKind kind : MailKind.forStaff(staff)) if (!off.contains(kind.key)) on.add(kind);
        return on;
    }

    /** Everyone who switched this kind off, for the runs that mail many people at once. */
    public Set<String> switchedOff(MailKind kind) {
        return new HashSet<>(db.reads().withHandle(h -> h.attach(NotifySql.class).allSwitchedOff(kind.key)));
    }
}
