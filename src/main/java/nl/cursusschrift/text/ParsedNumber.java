package nl.cursusschrift.text;

import java.math.BigDecimal;
import java.util.Objects;

/** What {@link DutchNumber#parse} made of a learner's text: one exact number, or a Dutch message saying why not. */
public sealed interface ParsedNumber permits ParsedNumber.Accepted, ParsedNumber.Refused {

    /** The number the learner meant, exact and with the decimals as typed: {@code 12,50} is 12.50, never 12.5. */
    record Accepted(BigDecimal value) implements ParsedNumber {
        public Accepted {
            Objects.requireNonNull(value);
        }
    }

    /**
     * Not understood. {@code message} is for beside the field, with the learner's text kept in it.
     * {@code suggestion} is the likely reading when there is one ("Bedoel je 1,5?" offers 1.5), else null;
     * it is an offer for the learner to accept, never a value to store on their behalf.
     */
    record Refused(String message, BigDecimal suggestion) implements ParsedNumber {
        public Refused {
            Objects.requireNonNull(message);
        }
    }
}
