package nl.cursusschrift.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Text written by people (answers, names, feedback) put into a Markdown export so that it stays
 * text: no HTML, no links or images, no emphasis, and never a heading, list, quote, code block or
 * table. Every character that can start one is escaped with a backslash (CommonMark's escapes), so a
 * viewer shows what was typed, and the export's own structure (headings per step and version, the
 * feedback as quotes) cannot be imitated from inside an answer.
 */
final class MarkdownText {
    /** Escaped wherever they stand: inline markup, HTML and entities, links, tables, strike-through, code. */
    private static final String ALWAYS = "\\`*_[]<>&|~";
    /** Escaped at the start of a line, where they open a block: heading, list, setext underline, quote. */
    private static final String LINE_START = "#-+=>";

    private MarkdownText() {
    }

    /**
     * Several lines as one paragraph: each line escaped, line breaks kept as hard breaks (a backslash
     * at the end of the line), so blank lines inside an answer do not start a new block either.
     */
    static String paragraph(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n", -1)) lines.add(line(line));
        return String.join("\\\n", lines);
    }

    /** One line of text (a label, a name, a title, a table cell): line breaks become spaces. */
    static String inline(String text) {
        return line(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    }

    /** A paragraph inside a quote: every line behind "> ", the quote itself marks it as the export's own. */
    static String quote(String markdown) {
        return String.join("\n", markdown.lines().map(line -> line.isEmpty() ? ">" : "> " + line).toList());
    }

    /**
     * One escaped line. Leading white space goes: four spaces would make a code block, and a viewer drops
     * it from a paragraph anyway. A number followed by "." or ")" and a space (or nothing) at the start
     * would make a list; "4.000 klanten" does not, and stays as typed.
     */
    private static String line(String raw) {
        String line = raw.strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        int digits = 0;
        while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) digits++;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean listNumber = i == digits && digits > 0 && (c == '.' || c == ')')
                    && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)));
            if (ALWAYS.indexOf(c) >= 0 || (i == 0 && LINE_START.indexOf(c) >= 0) || listNumber) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
