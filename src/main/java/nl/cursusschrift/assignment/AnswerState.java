package nl.cursusschrift.assignment;

/** Where a learner is with one step's assignment. */
public enum AnswerState {
    NOT_STARTED("Nog niet begonnen", "none"),
    DRAFT("Concept", "draft"),
    SUBMITTED("Ingeleverd", "submitted"),
    REVISION("Graag aanpassen", "revision"),
    REVIEWED("Goedgekeurd", "reviewed");

    private final String label;
    private final String cssClass;

    AnswerState(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }

    /** The value in the answer table. */
    public String stored() {
        return cssClass;
    }

    public static AnswerState ofStored(String stored) {
        for (AnswerState state : values()) {
            if (state.stored().equals(stored)) return state;
        }
        throw new IllegalArgumentException("unknown answer state " + stored);
    }

    /** The learner may change the answer: drafts, and answers sent back for changes. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == REVISION;
    }
}
