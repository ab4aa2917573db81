package nl.cursusschrift.insight;

/** An insight as one Dutch sentence, for exports and text alternatives. */
public final class InsightText {
    private InsightText() {
    }

    public static String sentence(Insight insight) {
        return insight.summary();
    }
}
