package nl.cursusschrift.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An operating-system lock on {@code cursusschrift.lock} next to the SQLite file, held for as long as
 * the app serves. It tells {@code restore} that the database is in use, and keeps a second app from
 * opening the same file. The kernel releases it when the process dies, even by {@code kill -9}.
 */
public final class DataDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling("cursusschrift.lock");
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<DataDirLock> tryAcquire(Path databaseFile) {
        try {
            Path file = lockFile(databaseFile);
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataDirLock(channel, lock));
        } catch (IOException e) {
            throw new IllegalStateException("kan " + lockFile(databaseFile) + " niet openen: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process is stopping; the kernel drops the lock anyway
        }
    }
}
