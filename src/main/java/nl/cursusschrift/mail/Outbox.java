package nl.cursusschrift.mail;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import nl.cursusschrift.db.Ids;
import nl.cursusschrift.web.PublicAddress;
import org.jdbi.v3.core.Handle;

/**
 * Where every mail starts: {@link #add} writes a waiting row on the caller's handle, so the mail is
 * stored with the change that causes it or not at all. {@link OutboxSender} sends it later.
 */
public final class Outbox {
    private final Clock clock;
    private final String host;

    public Outbox(Clock clock, PublicAddress address) {
        this.clock = clock;
        this.host = address.configured().map(Outbox::hostOf).orElse("localhost");
    }

    /**
     * Adds the letter as a waiting mail inside the caller's transaction. Returns false, without
     * failing that transaction, when a mail with the same dedupe key exists already.
     */
    public boolean add(Handle h, Letter l) {
        String id = Ids.random();
        long now = clock.millis();
        // The Message-ID is fixed when the row is made, so a retry of the same mail carries the same id
        // and a receiving server can recognise a duplicate.
        String messageId = "<outbox-" + id + "." + Ids.random() + "@" + host + ">";
        return h.createUpdate(OutboxSql.INSERT).bind("id", id).bind("kind", l.kind()).bind("to", l.toAddress()).bind("name", l.toName())
                .bind("subject", l.subject()).bind("text", l.text()).bind("html", l.html()).bind("unsubscribe", l.unsubscribeUrl())
                .bind("dedupe", l.dedupeKey()).bind("messageId", messageId).bind("now", now).execute() == 1;
    }

    static String hostOf(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "localhost" : host.toLowerCase(Locale.ROOT);
    }
}
