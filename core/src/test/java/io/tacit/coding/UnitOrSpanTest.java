package io.tacit.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tacit.BadInputException;
import io.tacit.Problem;
import io.tacit.text.Span;
import io.tacit.transcript.Transcript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitOrSpanTest {
  // Turns: t1 13-17, t2 24-40, t3 55-59, t4 66-78; 79 code points in all.
  private static final Transcript P01 =
      TestTranscripts.of("p01", "Why?", "Because we care.", "And?", "That is all.");

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      p01:t2,      24, 40
      p01:s4,      66, 78
      p01:30-35,   30, 35
      ' p01:t2 ',  24, 40
      """)
  void resolvesUnitsAndSpans(String text, int start, int end) {
    assertThat(UnitOrSpan.parse(text).resolve(P01, false)).isEqualTo(Span.of(start, end));
  }

  @ParameterizedTest
  @ValueSource(strings = {"p01", "p01:t", "p01:x3", "P01:t2", "../x:t1", "p01:5", "p01:t0", ""})
  void refusesWhatIsNeitherUnitNorSpan(String text) {
    assertThatThrownBy(() -> UnitOrSpan.parse(text))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a unit or span");
  }

  @Test
  void refusesBackwardsSpansUnknownUnitsInterviewerTurnsAndSpansPastTheEnd() {
    assertThatThrownBy(() -> UnitOrSpan.parse("p01:9-3"))
        .hasMessageStartingWith("p01:9-3: the" + " span ends at or before it starts");
    assertThatThrownBy(() -> UnitOrSpan.parse("p01:t9").resolve(P01, false))
        .hasMessage("p01:t9: p01 has 4 turns; see `tacit show p01` for the unit ids");
    assertThatThrownBy(() -> UnitOrSpan.parse("p01:t1").resolve(P01, false))
        .hasMessageContaining("interviewer's turn");
    assertThat(UnitOrSpan.parse("p01:t1").resolve(P01, true)).isEqualTo(Span.of(13, 17));
    assertThatThrownBy(() -> UnitOrSpan.parse("p01:60-80").resolve(P01, false))
        .hasMessageContaining("past the end of p01");
  }

  @Test
  void resolveAllReportsEveryBadArgumentAndLoadsEachTranscriptOnce() {
    int[] loads = {0};
    Map<String, Transcript> all = Map.of("p01", P01);
    assertThatThrownBy(
            () ->
                UnitOrSpan.resolveAll(
                    List.of("p01:t2", "p01:t9", "nope", "p02:t1"),
                    id -> {
                      loads[0]++;
                      Transcript t = all.get(id);
                      if (t == null) {
                        throw new BadInputException(id, "no transcript \"" + id + "\"");
                      }
                      return t;
                    },
                    false))
        .isInstanceOf(BadInputException.class)
        .extracting(
            e -> ((BadInputException) e).problems().stream().map(Problem::location).toList())
        .asList()
        .containsExactly("p01:t9", "nope", "p02");
    assertThat(loads[0]).isEqualTo(2);
  }
}
