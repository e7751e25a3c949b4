package io.tacit.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemoFileTest {
  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      p01,                   TRANSCRIPT,  p01.md
      p01:t3,                UNIT,        p01-t3.md
      p01:s12,               UNIT,        p01-s12.md
      code:peer-mutuality,   CODE,        code-peer-mutuality.md
      theme:funding-cliffs,  THEME,       theme-funding-cliffs.md
      """)
  void targetsHaveOneFileEach(String text, MemoTarget.Kind kind, String file) {
    MemoTarget t = MemoTarget.parse(text);
    assertThat(t.kind()).isEqualTo(kind);
    assertThat(t.fileName()).isEqualTo(file);
    assertThat(t).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "code:../x", "theme:", "P01", "p01:t3/..", "a b"})
  void refusesTargetsThatCouldEscapeTheFolder(String text) {
    assertThatThrownBy(() -> MemoTarget.parse(text)).isInstanceOf(BadInputException.class);
  }

  @Test
  void entriesAreAppendedUnderHeadingsAndReadBack() {
    MemoTarget t = MemoTarget.parse("p01:t3");
    String one =
        MemoFile.append(
            "",
            t,
            "2026-11-23T17:20:00Z",
            "lead",
            "First.\r\n# Not a" + " heading\n\nSecond paragraph.");
    String two = MemoFile.append(one, t, "2026-11-24T09:00:00Z", "", "Later.");
    assertThat(two)
        .isEqualTo(
            "# Memos on p01:t3\n\n"
                + "## 2026-11-23T17:20:00Z lead\n\nFirst.\n\\# Not a heading\n\nSecond paragraph.\n\n"
                + "## 2026-11-24T09:00:00Z\n\nLater.\n");
    assertThat(MemoFile.titleOf(two)).contains(t);
    assertThat(MemoFile.read(t, two))
        .containsExactly(
            new Memo(
                t,
                "2026-11-23T17:20:00Z",
                "lead",
                "First.\n# Not a heading\n\nSecond" + " paragraph."),
            new Memo(t, "2026-11-24T09:00:00Z", "", "Later."));
  }

  @Test
  void aFileWrittenByHandIsOneMemo() {
    MemoTarget t = new MemoTarget(MemoTarget.Kind.FILE, "ideas.md");
    assertThat(MemoFile.read(t, "Some ideas\n\nabout peers\n"))
        .containsExactly(new Memo(t, "", "", "Some ideas\n\nabout peers"));
  }
}
