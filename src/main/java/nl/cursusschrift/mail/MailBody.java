package nl.cursusschrift.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Both parts of a mail, made from the same pieces so they never say different things: a greeting,
 * paragraphs, one primary link and optional footer lines. The HTML is deliberately plain (lang="nl",
 * every text escaped, the link written out in full, no images, no tracking) so it reads well in any
 * client and in a screen reader; the text part is what a text-only client shows.
 */
public record MailBody(String text, String html) {

    /** Starts a body with its Dutch greeting, e.g. {@code "Hallo Anna,"}. */
    public static Builder greeting(String greeting) {
        return new Builder(greeting);
    }

    public static final class Builder {
        private final String greeting;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> footer = new ArrayList<>();
        private String linkLabel;
        private String linkUrl;

        private Builder(String greeting) {
            if (greeting == null || greeting.isBlank()) throw new IllegalArgumentException("a mail starts with a greeting");
            this.greeting = greeting;
        }

        public Builder paragraph(String text) {
            paragraphs.add(text);
            return this;
        }

        /** The one thing the mail asks the reader to do; the URL must be absolute (made from BASE_URL). */
        public Builder link(String label, String absoluteUrl) {
            if (absoluteUrl == null || !absoluteUrl.matches("https?://\\S+")) {
                throw new IllegalArgumentException("a mail's link must be an absolute http(s) URL: " + absoluteUrl);
            }
            this.linkLabel = label;
            this.linkUrl = absoluteUrl;
            return this;
        }

        /** A small line under the message: why the reader gets it, how to stop it. */
        public Builder footer(String line) {
            footer.add(line);
            return this;
        }

        public MailBody build() {
            if (linkUrl == null) throw new IllegalStateException("every mail has one primary link");
            return new MailBody(text(), html());
        }

        private String text() {
            StringBuilder out = new StringBuilder(greeting).append("\n\n");
            for (String p : paragraphs) out.append(p).append("\n\n");
            out.append(linkLabel).append(":\n").append(linkUrl).append("\n");
            if (!footer.isEmpty()) {
                out.append("\n-- \n");
                for (String f : footer) out.append(f).append("\n");
            }
            return out.toString();
        }

        private String html() {
            StringBuilder out = new StringBuilder("""
                    <!DOCTYPE html>
                    <html lang="nl">
                    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>""");
            out.append(escape(linkLabel)).append("</title></head>\n")
                    .append("<body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em;\">\n");
            out.append("<p>").append(escape(greeting)).append("</p>\n");
            for (String p : paragraphs) out.append("<p>").append(escape(p)).append("</p>\n");
            String href = escape(linkUrl);
            out.append("<p><a href=\"").append(href).append("\" style=\"color: #0b5394; font-weight: bold;\">")
                    .append(escape(linkLabel)).append("</a></p>\n");
            // The address written out too: some clients strip links, and a reader may want to see where it goes.
            out.append("<p style=\"font-size: 14px; word-break: break-all;\">").append(href).append("</p>\n");
            if (!footer.isEmpty()) {
                out.append("<hr>\n");
                for (String f : footer) out.append("<p style=\"font-size: 14px; color: #444;\">").append(escape(f)).append("</p>\n");
            }
            return out.append("</body>\n</html>\n").toString();
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
