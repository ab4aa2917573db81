package nl.cursusschrift.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said so a course author understands it, at the line where the mistake is made:
 * an unclosed quote is reported where the quote opens, not at the end of the file where the parser
 * gave up, and without the parser's words ("found unexpected end of stream").
 */
record YamlError(int line, String message) {
    static final String TOO_DEEP = "te diep genest of te veel verwijzingen (&, *); maak het eenvoudiger";
    private static final String UNREADABLE = "deze regel kunnen we niet lezen; controleer de aanhalingstekens, dubbele punten en de inspringing";

    static YamlError of(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        int where = line(e.getContextMark(), line(e.getProblemMark(), 0));
        int at = line(e.getProblemMark(), where);
        if (context.contains("quoted scalar")) {
            return new YamlError(where, "aanhalingsteken niet gesloten: eindig de tekst met hetzelfde teken (\" of ') als waarmee hij begint");
        }
        if (context.contains("flow sequence")) return new YamlError(where, "lijst met [ is niet gesloten met ]");
        if (context.contains("flow mapping")) return new YamlError(where, "blok met { is niet gesloten met }");
        if (problem.contains("\\t") || problem.contains("TAB")) return new YamlError(at, "tab gebruikt: spring in met spaties, niet met tabs");
        if (problem.contains("mapping values are not allowed")) {
            return new YamlError(at, "dubbele punt op een plek waar die niet kan; staat er een dubbele punt in de tekst, "
                    + "zet de hele tekst dan tussen aanhalingstekens");
        }
        if (context.contains("simple key")) return new YamlError(where, "na een sleutel hoort een dubbele punt (sleutel: waarde)");
        if (context.contains("block mapping") || context.contains("block collection")) {
            return new YamlError(at, "de inspringing klopt niet: sleutels van hetzelfde blok beginnen precies even ver naar rechts");
        }
        if (problem.contains("alias") || context.contains("alias") || context.contains("anchor")) {
            return new YamlError(at, "verwijzing met & of * klopt niet; schrijf de waarde gewoon uit");
        }
        return new YamlError(at, UNREADABLE);
    }

    private static int line(Mark mark, int fallback) {
        return mark == null ? fallback : mark.getLine();
    }
}
