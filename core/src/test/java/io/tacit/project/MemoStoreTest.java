package io.tacit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.memo.Memo;
import io.tacit.memo.MemoTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoStoreTest {
  @TempDir Path tmp;
  private Project project;
  private MemoStore memos;

  @BeforeEach
  void study() {
    project = CodingFixture.create(tmp);
    memos =
        new MemoStore(project, Clock.fixed(Instant.parse("2026-11-23T17:20:00Z"), ZoneOffset.UTC));
  }

  @Test
  void appendsToOneFilePerTargetAndListsWithContext() throws Exception {
    MemoTarget unit = MemoTarget.parse("p01:t2");
    memos.add(unit, "Buses again.", "lead");
    memos.add(unit, "And rides.", null);
    memos.add(MemoTarget.parse("code:transport"), "Mostly buses.", "lead");
    assertThat(project.resolve("memos/p01-t2.md"))
        .hasContent(
            "# Memos on p01:t2\n\n"
                + "## 2026-11-23T17:20:00Z lead\n\nBuses again.\n\n## 2026-11-23T17:20:00Z\n\nAnd rides.");
    assertThat(memos.list(unit))
        .extracting(Memo::text)
        .containsExactly("Buses again.", "And rides.");
    assertThat(memos.list(null))
        .extracting(m -> m.target().toString())
        .containsExactly("code:transport", "p01:t2", "p01:t2");
    Map<String, io.tacit.transcript.Transcript> cache = new HashMap<>();
    assertThat(memos.context(unit, cache, project.codings().usage()))
        .isEqualTo("Most of them take the bus, and some need a ride from family.");
    assertThat(memos.context(MemoTarget.parse("code:transport"), cache, project.codings().usage()))
        .isEqualTo("0 codings");
  }

  @Test
  void refusesTargetsThatDoNotExistAndFilesThatHoldAnotherTargetsMemos() throws Exception {
    assertThatThrownBy(() -> memos.add(MemoTarget.parse("p09"), "x", null))
        .isInstanceOf(BadInputException.class);
    assertThatThrownBy(() -> memos.add(MemoTarget.parse("p01:t99"), "x", null))
        .hasMessageContaining("p01 has no unit p01:t99");
    assertThatThrownBy(() -> memos.add(MemoTarget.parse("code:parking"), "x", null))
        .hasMessageContaining("unknown code \"parking\"");
    assertThatThrownBy(() -> memos.add(MemoTarget.parse("p01"), "x", "../lead"))
        .hasMessageContaining("coder id");
    Files.writeString(project.resolve("memos/p01.md"), "# Memos on p01:t1\n\n## t\n\nx\n");
    assertThatThrownBy(() -> memos.add(MemoTarget.parse("p01"), "x", null))
        .hasMessageStartingWith("memos/p01.md: holds the memos on p01:t1, not p01");
  }
}
