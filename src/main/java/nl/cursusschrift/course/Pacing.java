package nl.cursusschrift.course;

/** How steps open: one a week from the learner's start, or all at once. */
public enum Pacing {
    WEEKLY, OPEN;

    static Pacing parse(String value) {
        if (value == null) return WEEKLY;
        return switch (value.trim().toLowerCase()) {
            case "weekly", "wekelijks" -> WEEKLY;
            case "open" -> OPEN;
            default -> null;
        };
    }
}
