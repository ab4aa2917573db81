package nl.cursusschrift.mail;

/**
 * One mail as a feature hands it to the {@link Outbox}: what kind it is (for the admin page and
 * preferences), to whom, the subject and both parts (see {@link MailBody}). {@code unsubscribeUrl}
 * is set for optional mails and becomes the RFC 8058 headers; {@code dedupeKey} makes adding the
 * same mail twice a no-op. The address is checked here, before it could ever reach a header.
 */
public record Letter(String kind, String toAddress, String toName, String subject, String text, String html,
                     String unsubscribeUrl, String dedupeKey) {
    public static final int MAX_ADDRESS = 254;

    public Letter {
        requireText("kind", kind);
        requireText("subject", subject);
        requireText("text", text);
        requireText("html", html);
        checkAddress(toAddress);
        toName = toName == null ? "" : toName;
        if (hasLineBreak(toName) || hasLineBreak(subject)) {
            throw new IllegalArgumentException("a mail's name and subject must be one line");
        }
        if (unsubscribeUrl != null && (hasLineBreak(unsubscribeUrl) || !unsubscribeUrl.startsWith("http"))) {
            throw new IllegalArgumentException("unsubscribeUrl must be an absolute http(s) URL");
        }
    }

    /**
     * Refuses what could never be a mailbox or could smuggle a header: a line break, more than 254
     * characters, not exactly one {@code @} with text on both sides, spaces or control characters.
     */
    public static void checkAddress(String address) {
        if (address == null || address.isEmpty()) throw new IllegalArgumentException("no e-mail address");
        if (address.length() > MAX_ADDRESS) throw new IllegalArgumentException("e-mail address longer than " + MAX_ADDRESS);
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x21 || c == 0x7f) throw new IllegalArgumentException("e-mail address with a space, line break or control character");
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            throw new IllegalArgumentException("e-mail address needs exactly one @ with text on both sides");
        }
        if (address.contains("<") || address.contains(">") || address.contains(",")) {
            throw new IllegalArgumentException("e-mail address with <, > or a comma");
        }
    }

    /** Whether {@link #checkAddress} accepts it: for forms that show their own Dutch message. */
    public static boolean validAddress(String address) {
        try {
            checkAddress(address);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasLineBreak(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("a letter needs a " + what);
    }
}
