package nl.cursusschrift.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;

/**
 * Trusted HTML made once (a rendered lesson), kept as UTF-8 bytes so a page write copies bytes
 * instead of encoding the same text on every request.
 */
public final class Html implements Content {
    private final String text;
    private final byte[] utf8;

    public Html(String text) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(utf8);
    }

    @Override
    public boolean isEmptyContent() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
