package nl.cursusschrift.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void alwaysAddsUpToExactly100() {
        Random random = new Random(7);
        for (int run = 0; run < 1000; run++) {
            int[] counts = new int[1 + random.nextInt(6)];
            for (int i = 0; i < counts.length; i++) counts[i] = random.nextInt(50);
            int total = Arrays.stream(counts).sum();
            int sum = Arrays.stream(Percentages.of(counts)).sum();
            assertEquals(total == 0 ? 0 : 100, sum, Arrays.toString(counts));
        }
    }

    @Test
    void thirds_andEdges() {
        assertArrayEquals(new int[] {34, 33, 33}, Percentages.of(new int[] {1, 1, 1}));
        assertArrayEquals(new int[] {14, 72, 14}, Percentages.of(new int[] {1, 5, 1}));
        assertArrayEquals(new int[] {0, 0}, Percentages.of(new int[] {0, 0}));
        assertArrayEquals(new int[] {100, 0}, Percentages.of(new int[] {3, 0}));
    }
}
