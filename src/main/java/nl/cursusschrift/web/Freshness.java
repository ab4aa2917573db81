package nl.cursusschrift.web;

/**
 * Whether the page being rendered on this thread shows the time of day (a contact log's moment that
 * starts at "now"), so a cache of whole pages keeps it for this minute only. Most pages depend on the
 * date at most, which the cache's key holds; the one part that reads the clock's minute says so here.
 */
public final class Freshness {
    private static final ThreadLocal<boolean[]> MINUTE = ThreadLocal.withInitial(() -> new boolean[1]);

    private Freshness() {
    }

    /** Called by a part of a page that shows the current minute. */
    public static void thisMinuteOnly() {
        MINUTE.get()[0] = true;
    }

    /** Starts watching the render about to run on this thread. */
    public static void watch() {
        MINUTE.get()[0] = false;
    }

    /** Whether anything rendered on this thread since {@link #watch} called {@link #thisMinuteOnly}. */
    public static boolean usedTheMinute() {
        return MINUTE.get()[0];
    }
}
