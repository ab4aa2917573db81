package nl.cursusschrift.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the server-drawn SVG charts, in viewBox units (600 wide; the SVG scales to its
 * container). Templates only place what is computed here. Long labels are shortened on the chart;
 * the full text is in each element's title and in the table beside the chart.
 */
public final class Charts {
    public static final int WIDTH = 600;
    static final String BRAND = "#1e4e79";
    static final String ACCENT = "#a8401a";
    static final String GREY = "#8a96a3";
    static final String GOOD = "#2b6a36";
    static final String BAD = "#a3261b";

    private Charts() {
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    /** A bar of a share chart. */
    public record Bar(String label, String shortLabel, String x, String y, String width, String height, String fill, String value,
                      String textX, String textY, String labelY) {
    }

    public static int shareHeight(Insight.Share share) {
        return share.slices().size() * 44 + 16;
    }

    public static List<Bar> shareBars(Insight.Share share) {
        List<Bar> bars = new ArrayList<>();
        int max = Math.max(1, share.maxCount());
        double area = 300;
        for (int i = 0; i < share.slices().size(); i++) {
            Insight.Slice slice = share.slices().get(i);
            double y = 8 + i * 44;
            double width = slice.count() == 0 ? 0 : Math.max(3, slice.count() * area / max);
            String fill = slice == share.highlight() ? ACCENT : share.highlight() == null ? BRAND : GREY;
            bars.add(new Bar(slice.label(), shorten(slice.label(), 24), n(200), n(y), n(width), n(28), fill,
                    slice.count() + " (" + slice.percent() + "%)", n(200 + width + 8), n(y + 19), n(y + 19)));
        }
        return bars;
    }

    /** A part of the NPS bar. */
    public record Segment(String label, String x, String width, String fill, String text, String textX, boolean wide) {
    }

    public static List<Segment> npsSegments(Insight.Nps nps) {
        String[] labels = {"Criticasters (0-6)", "Passief (7-8)", "Promotors (9-10)"};
        String[] fills = {BAD, GREY, GOOD};
        int[] counts = {nps.detractors(), nps.passives(), nps.promoters()};
        List<Segment> segments = new ArrayList<>();
        double x = 20;
        double full = WIDTH - 40;
        for (int i = 0; i < 3; i++) {
            double width = nps.total() == 0 ? 0 : full * nps.percents()[i] / 100.0;
            segments.add(new Segment(labels[i], n(x), n(width), fills[i], counts[i] + " (" + nps.percents()[i] + "%)", n(x + width / 2), width >= 70));
            x += width;
        }
        return segments;
    }

    /** Where a value sits on the NPS scale from -100 to +100. */
    public static String npsMarker(Insight.Nps nps) {
        return n(20 + (nps.score() + 100) / 200.0 * (WIDTH - 40));
    }

    /** A plotted point, with its label placed beside it. */
    public record Dot(String label, String shortLabel, String cx, String cy, String labelX, String labelY, String anchor, String title) {
    }

    /** A tick on a plot axis. */
    public record AxisTick(String position, String label) {
    }

    /** Plot area: left 70, right 580, top 20, bottom 300. */
    public record PlotGeometry(List<Dot> dots, List<AxisTick> xTicks, List<AxisTick> yTicks) {
        public static final int LEFT = 70;
        public static final int RIGHT = 580;
        public static final int TOP = 20;
        public static final int BOTTOM = 300;
    }

    public static PlotGeometry plot(Insight.Plot plot) {
        double xSpan = plot.xMax() - plot.xMin();
        double ySpan = plot.yMax() - plot.yMin();
        double padX = xSpan * 0.08;
        double padY = ySpan * 0.06;
        java.util.function.DoubleUnaryOperator px = v -> PlotGeometry.LEFT + (v - plot.xMin() + padX) / (xSpan + 2 * padX) * (PlotGeometry.RIGHT - PlotGeometry.LEFT);
        java.util.function.DoubleUnaryOperator py = v -> PlotGeometry.BOTTOM - (v - plot.yMin() + padY) / (ySpan + 2 * padY) * (PlotGeometry.BOTTOM - PlotGeometry.TOP);
        List<Dot> dots = new ArrayList<>();
        for (Insight.Point p : plot.points()) {
            double cx = px.applyAsDouble(p.x());
            double cy = py.applyAsDouble(p.y());
            boolean left = cx > (PlotGeometry.LEFT + PlotGeometry.RIGHT) / 2.0;
            dots.add(new Dot(p.label(), shorten(p.label(), 22), n(cx), n(cy), n(left ? cx - 10 : cx + 10), n(cy + 4), left ? "end" : "start",
                    p.label() + ": " + p.xText() + ", " + p.yText()));
        }
        List<AxisTick> xTicks = plot.xTicks().stream().map(t -> new AxisTick(n(px.applyAsDouble(t.value())), shorten(t.label(), 16))).toList();
        List<AxisTick> yTicks = plot.yTicks().stream().map(t -> new AxisTick(n(py.applyAsDouble(t.value())), t.label())).toList();
        return new PlotGeometry(dots, xTicks, yTicks);
    }

    /** A touchpoint on the curve; {@code cy} is null when its feeling is not filled in. */
    public record CurveDot(String label, String shortLabel, String cx, String cy, boolean marked, String feeling, String labelY,
                           String anchor, String angle) {
    }

    /** Curve area: left 50, right 580, top 20, bottom 240; labels below, turned. */
    public record CurveGeometry(List<CurveDot> dots, String path, String zeroY, List<AxisTick> yTicks) {
    }

    public static CurveGeometry curve(Insight.Curve curve) {
        int count = curve.points().size();
        double left = 50;
        double right = 580;
        double top = 20;
        double bottom = 240;
        double span = curve.scaleMax() - curve.scaleMin();
        java.util.function.IntToDoubleFunction px = i -> count == 1 ? (left + right) / 2 : left + 20 + i * (right - left - 40) / (count - 1);
        java.util.function.IntToDoubleFunction py = v -> bottom - (v - curve.scaleMin()) / span * (bottom - top);
        List<CurveDot> dots = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Insight.CurvePoint p = curve.points().get(i);
            double x = px.applyAsDouble(i);
            String cy = null;
            if (p.feeling() != null) {
                double y = py.applyAsDouble(p.feeling());
                cy = n(y);
                path.append(path.length() == 0 ? "M" : " L").append(n(x)).append(' ').append(n(y));
            }
            // Labels on the left half run down to the right, on the right half down to the left: none leaves the chart.
            boolean rightHalf = count > 1 && x > (left + right) / 2;
            dots.add(new CurveDot(p.label(), shorten(p.label(), 18), n(x), cy, p.marked(),
                    p.feeling() == null ? "niet ingevuld" : Insights.signed(p.feeling()), n(bottom + 16),
                    rightHalf ? "end" : "start", rightHalf ? "-35" : "35"));
        }
        List<AxisTick> ticks = new ArrayList<>();
        for (int v = curve.scaleMin(); v <= curve.scaleMax(); v++) {
            if (span <= 10 || v % 2 == 0) ticks.add(new AxisTick(n(py.applyAsDouble(v)), Insights.signed(v)));
        }
        double zero = curve.scaleMin() <= 0 && curve.scaleMax() >= 0 ? py.applyAsDouble(0) : bottom;
        return new CurveGeometry(dots, path.toString(), n(zero), ticks);
    }
}
