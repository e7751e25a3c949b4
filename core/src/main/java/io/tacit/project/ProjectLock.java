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
 * failing at once. Threads of one process are serialised by an in-process lock first, because the
 * OS lock is held per process. Not reentrant across {@link #acquire} calls on the same thread.
 */
public final class ProjectLock implements AutoCloseable {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
  private static final long POLL_MILLIS = 50;

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * @throws TacitException if another writer still holds the lock after {@code timeout}
   */
  public static ProjectLock acquire(Path lockFile, Duration timeout) {
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy(lockFile, timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TacitException("interrupted while waiting for the project lock");
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(key.getParent());
      channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        }
        if (lock != null) {
          return new ProjectLock(local, channel, lock);
        }
        if (System.nanoTime() > deadline) {
          throw busy(lockFile, timeout);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      release(local, channel);
      throw new UncheckedIOException("could not open the project lock " + lockFile, e);
    } catch (InterruptedException e) {
      release(local, channel);
      Thread.currentThread().interrupt();
      throw new TacitException("interrupted while waiting for the project lock");
    } catch (RuntimeException e) {
      release(local, channel);
      throw e;
    }
  }

  private static TacitException busy(Path lockFile, Duration timeout) {
    return new TacitException("another Tacit command is changing this project (it has held "
        + lockFile + " for over " + timeout.toSeconds() + " s); wait for it to finish and run"
        + " this command again");
  }

  private static void release(ReentrantLock local, @Nullable FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // Closing the channel also drops any OS lock; nothing more to do.
    } finally {
      if (local.isHeldByCurrentThread()) {
        local.unlock();
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // Released when the channel closes in any case.
    }
    release(local, channel);
  }
}
