package nl.cursusschrift.assignment;

import gg.jte.Content;
import gg.jte.output.StringOutput;

/**
 * A chart computed from an answer (an insight), ready to be placed after the field it belongs to.
 *
 * @param field the field it is about, or one the assignment does not have (then it goes after the form)
 */
public record Figure(String field, Content html) {
    /** The figure's HTML on its own, for the autosave answer that swaps charts in place. */
    public String htmlText() {
        StringOutput out = new StringOutput();
        html.writeTo(out);
        return out.toString();
    }
}
