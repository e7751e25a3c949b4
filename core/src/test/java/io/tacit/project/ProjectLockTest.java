package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.TacitException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {
  @TempDir Path dir;

  @Test
  void secondWriterWaitsForTheFirstInsteadOfFailing() throws Exception {
    Path lockFile = dir.resolve(".tacit/lock");
    CountDownLatch held = new CountDownLatch(1);
    CompletableFuture<Long> second;
    long releasedAt;
    try (ProjectLock first = ProjectLock.acquire(lockFile, Duration.ofSeconds(5))) {
      second =
          CompletableFuture.supplyAsync(
              () -> {
                held.countDown();
                try (ProjectLock lock = ProjectLock.acquire(lockFile, Duration.ofSeconds(5))) {
                  return System.nanoTime();
                }
              });
      held.await(5, TimeUnit.SECONDS);
      Thread.sleep(200);
      assertThat(second).isNotDone();
      releasedAt = System.nanoTime();
    }
    assertThat(second.get(5, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(releasedAt);
  }

  @Test
  void givesUpAfterTheTimeoutWithAClearMessage() throws Exception {
    Path lockFile = dir.resolve(".tacit/lock");
    try (ProjectLock first = ProjectLock.acquire(lockFile, Duration.ofSeconds(5))) {
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> {
                try (ProjectLock lock = ProjectLock.acquire(lockFile, Duration.ofMillis(300))) {
                  throw new AssertionError("should not get the lock");
                }
              });
      assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(TacitException.class)
          .hasMessageContaining("another Tacit command is changing this project");
    }
  }

  @Test
  void aThreadThatHoldsTheLockTakesItAgainAtOnce() {
    Path lockFile = dir.resolve(".tacit/lock");
    long t0 = System.nanoTime();
    try (ProjectLock outer = ProjectLock.acquire(lockFile, Duration.ofSeconds(5));
        ProjectLock inner = ProjectLock.acquire(lockFile, Duration.ofSeconds(2))) {
      assertThat(ProjectLock.isHeldByCurrentThread(lockFile)).isTrue();
    }
    // Waiting on its own OS lock, a nested acquisition would have given up after 2 s.
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
    assertThat(ProjectLock.isHeldByCurrentThread(lockFile)).isFalse();
  }

  @Test
  void theOsLockIsHeldUntilTheOutermostAcquisitionCloses() throws Exception {
    Path lockFile = dir.resolve(".tacit/lock");
    try (ProjectLock outer = ProjectLock.acquire(lockFile, Duration.ofSeconds(5))) {
      ProjectLock.acquire(lockFile, Duration.ofSeconds(5)).close();
      assertThat(osLockIsFree(lockFile)).isFalse();
      CompletableFuture<Void> other =
          CompletableFuture.runAsync(
              () -> {
                try (ProjectLock lock = ProjectLock.acquire(lockFile, Duration.ofMillis(300))) {
                  throw new AssertionError("should not get the lock");
                }
              });
      assertThatThrownBy(() -> other.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(TacitException.class);
    }
    assertThat(osLockIsFree(lockFile)).isTrue();
  }

  @Test
  void closingTwiceReleasesOnce() {
    Path lockFile = dir.resolve(".tacit/lock");
    try (ProjectLock outer = ProjectLock.acquire(lockFile, Duration.ofSeconds(5))) {
      ProjectLock inner = ProjectLock.acquire(lockFile, Duration.ofSeconds(5));
      inner.close();
      inner.close();
      assertThat(ProjectLock.isHeldByCurrentThread(lockFile)).isTrue();
      assertThat(osLockIsFree(lockFile)).isFalse();
    }
    assertThat(osLockIsFree(lockFile)).isTrue();
  }

  @Test
  void onlyTheHoldingThreadMayRelease() throws Exception {
    Path lockFile = dir.resolve(".tacit/lock");
    try (ProjectLock lock = ProjectLock.acquire(lockFile, Duration.ofSeconds(5))) {
      CompletableFuture<Void> other = CompletableFuture.runAsync(lock::close);
      assertThatThrownBy(() -> other.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(IllegalStateException.class)
          .hasMessageContaining("close it where it was acquired");
      assertThat(ProjectLock.isHeldByCurrentThread(lockFile)).isTrue();
    }
  }

  @Test
  void nestedAcquisitionsOnManyThreadsStillExcludeEachOther() throws Exception {
    Path lockFile = dir.resolve(".tacit/lock");
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    int[] counter = {0};
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    try (ProjectLock outer =
                        ProjectLock.acquire(lockFile, Duration.ofSeconds(20))) {
                      most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                      try (ProjectLock inner =
                          ProjectLock.acquire(lockFile, Duration.ofSeconds(1))) {
                        counter[0]++;
                      }
                      inside.decrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(1);
    assertThat(counter[0]).isEqualTo(200);
    assertThat(osLockIsFree(lockFile)).isTrue();
  }

  @Test
  void oneStoreMayWriteWhileAnotherHoldsTheLockOnTheSameThread() {
    Project project = ProjectInitializer.init(dir.resolve("study"), "S", null);
    long t0 = System.nanoTime();
    project
        .codebook()
        .update(
            cb -> {
              project.withLeadCoder("lead");
              return cb;
            });
    // Without re-entry the inner write waits for the project's 30 s timeout and fails.
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(Project.open(project.root()).settings().leadCoder()).isEqualTo("lead");
  }

  /** Whether this process could take the OS lock through a channel of its own. */
  private static boolean osLockIsFree(Path lockFile) {
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException e) {
      return false;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
