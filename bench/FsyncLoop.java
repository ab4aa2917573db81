import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The disk's ceiling for durable commits, beside which bench/saves prints its figures: one thread
 * appends a 4 KiB page to a file in DIR and forces it to the disk (fdatasync), again and again for
 * SECS seconds, as SQLite's WAL does once per commit with synchronous=FULL. Prints one JSON line.
 * Run: java bench/FsyncLoop.java DIR SECS
 */
public class FsyncLoop {
    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile(Path.of(args[0]), "fsync-loop", ".bin");
        long secs = Long.parseLong(args[1]);
        ByteBuffer page = ByteBuffer.allocateDirect(4096);
        long count = 0;
        long start = System.nanoTime();
        long end = start + secs * 1_000_000_000L;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long now = start;
            while (now < end) {
                page.clear();
                channel.write(page);
                channel.force(false);
                count++;
                now = System.nanoTime();
            }
            double seconds = (now - start) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "{\"fsyncs\":%d,\"seconds\":%.3f,\"fsyncs_per_s\":%.1f}%n", count, seconds, count / seconds);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
