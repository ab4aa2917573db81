package nl.cursusschrift;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the app logs while a test runs: slf4j-simple writes to whatever {@code System.err} is at the
 * moment of each line, so this swaps in a copy that also keeps the text. Close it to restore.
 */
public final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                capture.original.write(b);
                synchronized (capture.kept) {
                    capture.kept.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                capture.original.write(b, off, len);
                synchronized (capture.kept) {
                    capture.kept.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8));
        return capture;
    }

    /** Everything logged so far. */
    public String text() {
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits (up to 5 s) until the log contains the text: the request log is written after the response. */
    public String await(String expected) {
        long until = System.currentTimeMillis() + 5000;
        while (!text().contains(expected) && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return text();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
