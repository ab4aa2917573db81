package nl.cursusschrift.insight;

/** An insight as one Dutch sentence, for exports and text alternatives. */
public final class InsightText {
    private InsightText() {
    }

    public static String sentence(Insight insight) {
        if (insight instanceof Insight.Share share) return share.summary();
        return insight.caption();
    }
}
