package nl.cursusschrift.insight;

import java.util.List;

/**
 * A computed insight: the numbers behind a chart, a caption, and a sentence that says what they
 * mean. {@code missing} says how many items could not be counted (a score not filled in, ...).
 */
public sealed interface Insight {

    /** The group field the numbers come from (the insight is shown after it). */
    String field();

    String caption();

    String summary();

    int missing();

    /** Share of items per option of a choice. */
    record Share(String field, String caption, List<Slice> slices, int total, Slice highlight, String summary, int missing) implements Insight {
        public int maxCount() {
            return slices.stream().mapToInt(Slice::count).max().orElse(0);
        }
    }

    /** One option: how many items chose it and which share that is. */
    record Slice(String value, String label, int count, int percent) {
    }

    /** Net Promoter Score: % promoters (9-10) minus % detractors (0-6). */
    record Nps(String field, String caption, int promoters, int passives, int detractors, int score, int[] percents, String summary,
               int missing) implements Insight {
        public int total() {
            return promoters + passives + detractors;
        }

        /** "+40", "0", "-100". */
        public String scoreText() {
            return score > 0 ? "+" + score : String.valueOf(score);
        }
    }

    /** Items placed on two numeric axes. */
    record Plot(String field, String caption, String xLabel, String yLabel, List<Tick> xTicks, List<Tick> yTicks, double xMin, double xMax,
                double yMin, double yMax, List<Point> points, String summary, int missing) implements Insight {
    }

    /** A point on a plot. */
    record Point(String label, double x, double y, String xText, String yText) {
    }

    /** An axis tick: where, and what it says. */
    record Tick(double value, String label) {
    }

    /** A journey as a curve of feeling per touchpoint, some marked as peaks. */
    record Curve(String field, String caption, int scaleMin, int scaleMax, List<CurvePoint> points, String markLabel, String summary,
                 int missing) implements Insight {
    }

    /** One touchpoint: its feeling (null when not filled in) and whether it is marked. */
    record CurvePoint(String label, Integer feeling, boolean marked) {
        /** "+3", "-2", or "niet ingevuld", for the table under the curve. */
        public String feelingText() {
            return feeling == null ? "niet ingevuld" : Charts.shorten(feeling > 0 ? "+" + feeling : String.valueOf(feeling), 5);
        }
    }
}
