package nl.cursusschrift;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that background work (a sender, a timer) makes true, instead of a fixed sleep. */
public final class Eventually {
    private Eventually() {
    }

    /** Polls the condition until it holds, failing with what was awaited after 20 s. */
    public static void waitFor(BooleanSupplier condition, String what) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("waited in vain for " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
