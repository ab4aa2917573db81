package nl.cursusschrift.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Whole percentages that add up to exactly 100 (largest remainder), so a chart's labels never read 99 % or 101 %. */
public final class Percentages {
    private Percentages() {
    }

    public static int[] of(int[] counts) {
        int total = 0;
        for (int c : counts) total += c;
        int[] result = new int[counts.length];
        if (total == 0) return result;
        record Rest(int index, double remainder) {
        }
        List<Rest> rests = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = counts[i] * 100.0 / total;
            result[i] = (int) Math.floor(exact);
            sum += result[i];
            rests.add(new Rest(i, exact - result[i]));
        }
        rests.sort(Comparator.comparingDouble(Rest::remainder).reversed().thenComparingInt(Rest::index));
        for (int i = 0; i < 100 - sum; i++) result[rests.get(i).index()]++;
        return result;
    }
}
