package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.TacitException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
      second = CompletableFuture.supplyAsync(() -> {
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
      CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
        try (ProjectLock lock = ProjectLock.acquire(lockFile, Duration.ofMillis(300))) {
          throw new AssertionError("should not get the lock");
        }
      });
      assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(TacitException.class)
          .hasMessageContaining("another Tacit command is changing this project");
    }
  }
}
