package io.tacit.project;

import io.tacit.TacitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The project's writer lock: an OS file lock on {@code .tacit/lock}, so that two commands (in any
 * processes) never write the project at once. A second writer waits, up to a timeout, rather than
 * failing at once.
 *
 * <p>Threads of one process are serialised by an in-process {@link ReentrantLock} first, because
 * the OS lock is held per process. The lock is re-entrant: a thread that already holds it (a
 * store's edit calling another store's edit, say) gets it again at once, and the OS lock is taken
 * by the outermost acquisition and released when the last one closes. Each instance is one
 * acquisition; close it on the thread that acquired it (try-with-resources does). Closing twice
 * does nothing the second time.
 */
public final class ProjectLock implements AutoCloseable {
  private static final ConcurrentHashMap<Path, Held> LOCKS = new ConcurrentHashMap<>();
  private static final long POLL_MILLIS = 50;

  /**
   * One lock file's state in this process. {@code os} is written and read only by the thread
   * holding {@code local}, which orders those accesses.
   */
  private static final class Held {
    final ReentrantLock local = new ReentrantLock();
    @Nullable OsLock os;
  }

  private record OsLock(FileChannel channel, FileLock lock) {}

  private final Held held;
  private final Path lockFile;
  private boolean closed;

  private ProjectLock(Held held, Path lockFile) {
    this.held = held;
    this.lockFile = lockFile;
  }

  /**
   * Takes the lock, or takes it once more if this thread already holds it.
   *
   * @throws TacitException if another writer still holds the lock after {@code timeout}
   */
  public static ProjectLock acquire(Path lockFile, Duration timeout) {
    Path key = lockFile.toAbsolutePath().normalize();
    Held held = LOCKS.computeIfAbsent(key, k -> new Held());
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!held.local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy(lockFile, timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TacitException("interrupted while waiting for the project lock");
    }
    if (held.local.getHoldCount() > 1) {
      return new ProjectLock(held, lockFile);
    }
    try {
      held.os = lockFile(key, lockFile, timeout, deadline);
      return new ProjectLock(held, lockFile);
    } catch (RuntimeException e) {
      held.local.unlock();
      throw e;
    }
  }

  private static OsLock lockFile(Path key, Path lockFile, Duration timeout, long deadline) {
    FileChannel channel = null;
    try {
      Files.createDirectories(key.getParent());
      channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          // Another class loader's copy of Tacit in this process holds it: wait as for a process.
          lock = null;
        }
        if (lock != null) {
          return new OsLock(channel, lock);
        }
        if (System.nanoTime() > deadline) {
          throw busy(lockFile, timeout);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("could not open the project lock " + lockFile, e);
    } catch (InterruptedException e) {
      closeQuietly(channel);
      Thread.currentThread().interrupt();
      throw new TacitException("interrupted while waiting for the project lock");
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static TacitException busy(Path lockFile, Duration timeout) {
    return new TacitException(
        "another Tacit command is changing this project (it has held "
            + lockFile
            + " for over "
            + timeout.toSeconds()
            + " s); wait for it to finish and run"
            + " this command again");
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // Closing the channel also drops any OS lock; nothing more to do.
    }
  }

  /** Whether the current thread holds the lock on {@code lockFile} (at any depth). */
  static boolean isHeldByCurrentThread(Path lockFile) {
    Held held = LOCKS.get(lockFile.toAbsolutePath().normalize());
    return held != null && held.local.isHeldByCurrentThread();
  }

  /**
   * Whether another process holds the lock on {@code lockFile} now, without waiting for it or
   * creating it; also true when that cannot be told (the lock file cannot be opened for writing).
   * For work that may be skipped, such as writing derived data; a moment later it may differ.
   */
  static boolean isHeldByAnotherProcess(Path lockFile) {
    Path key = lockFile.toAbsolutePath().normalize();
    Held held = LOCKS.get(key);
    if (held != null && held.local.isLocked()) {
      return false;
    }
    if (!Files.exists(key)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(key, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      // This process holds it, through another class loader's copy of Tacit.
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Ends this acquisition; the last one to close on the thread releases the OS lock.
   *
   * @throws IllegalStateException if called on a thread that does not hold the lock
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (!held.local.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "the project lock "
              + lockFile
              + " is released by a"
              + " thread that does not hold it; close it where it was acquired");
    }
    closed = true;
    try {
      OsLock os = held.os;
      if (held.local.getHoldCount() == 1 && os != null) {
        held.os = null;
        try {
          os.lock().release();
        } catch (IOException ignored) {
          // Released when the channel closes in any case.
        }
        closeQuietly(os.channel());
      }
    } finally {
      held.local.unlock();
    }
  }
}
