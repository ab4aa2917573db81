package nl.cursusschrift.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    private static String html(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)).strip();
    }

    @Test
    void aDutchThousandAtTheStartOfALine_staysAsTyped_andIsNoList() {
        assertEquals("4.000 klanten", MarkdownText.paragraph("4.000 klanten"));
        assertEquals("<p>4.000 klanten</p>", html(MarkdownText.paragraph("4.000 klanten")));
    }

    @Test
    void whatWouldStartAListOrHeading_isEscaped_andRendersAsTheTextTyped() {
        for (String typed : new String[] {"1. eerste", "2) tweede", "3.", "# kop", "- streep", "> citaat"}) {
            String html = html(MarkdownText.paragraph(typed));
            assertFalse(html.contains("<ol") || html.contains("<ul") || html.contains("<h1") || html.contains("<blockquote"), typed + " → " + html);
            assertEquals("<p>" + typed.replace(">", "&gt;") + "</p>", html, typed);
        }
    }
}
