package nl.cursusschrift.insight;

import java.util.ArrayList;
import java.util.List;
import nl.cursusschrift.assignment.ChoiceField;
import nl.cursusschrift.assignment.Leaf;
import nl.cursusschrift.assignment.NumberField;
import nl.cursusschrift.assignment.ScoreField;

/** One axis of a plot: its range and its ticks, round numbers a reader can take in. */
record PlotAxis(double min, double max, List<Insight.Tick> ticks) {

    /** A choice axis has a tick per option; a number axis runs over its declared (else observed) range. */
    static PlotAxis of(Leaf field, double[] values) {
        if (field instanceof ChoiceField choice) {
            List<Insight.Tick> ticks = choice.options().stream().map(o -> new Insight.Tick(Double.parseDouble(o.value()), o.label())).toList();
            double min = ticks.stream().mapToDouble(Insight.Tick::value).min().orElse(0);
            double max = ticks.stream().mapToDouble(Insight.Tick::value).max().orElse(1);
            return new PlotAxis(min, max == min ? min + 1 : max, ticks);
        }
        double min;
        double max;
        if (field instanceof ScoreField score) {
            min = score.min();
            max = score.max();
        } else {
            NumberField number = (NumberField) field;
            double lo = java.util.Arrays.stream(values).min().orElse(0);
            double hi = java.util.Arrays.stream(values).max().orElse(1);
            min = number.min() != null ? Math.min(number.min().doubleValue(), lo) : Math.min(0, lo);
            max = number.max() != null ? Math.max(number.max().doubleValue(), hi) : Math.max(hi, min + 1);
        }
        // Round ticks: 0, 25, 50, 75, 100 rather than 1, 25.75, ...
        double step = niceStep((max - min) / 4);
        min = Math.floor(min / step) * step;
        max = Math.ceil(max / step) * step;
        List<Insight.Tick> ticks = new ArrayList<>();
        for (double v = min; v <= max + step / 2; v += step) {
            String text = Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : String.format("%.1f", v).replace('.', ',');
            if (field instanceof NumberField n && "%".equals(n.unit())) text += "%";
            ticks.add(new Insight.Tick(v, text));
        }
        return new PlotAxis(min, max == min ? min + 1 : max, ticks);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the raw step. */
    static double niceStep(double raw) {
        if (raw <= 0) return 1;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw) return factor * power;
        }
        return 10 * power;
    }

}
