package io.tacit.deidentify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tacit.text.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
  // "Maria called Tom." -> "[PERSON-1] called [PERSON-2]."
  private static final OffsetMap MAP =
      new OffsetMap(
          List.of(
              new Edit(Span.of(0, 5), "Maria", "[PERSON-1]"),
              new Edit(Span.of(13, 16), "Tom", "[PERSON-2]")));

  @Test
  void movesSpansAfterAReplacementByWhatItAdded() {
    assertThat(MAP.map(Span.of(6, 12))).isEqualTo(Span.of(11, 17)); // "called"
    assertThat(MAP.map(Span.of(0, 17))).isEqualTo(Span.of(0, 29));
    assertThat(MAP.widens(Span.of(6, 12))).isFalse();
  }

  @Test
  void widensASpanThatEndsInsideAReplacement() {
    assertThat(MAP.map(Span.of(2, 8))).isEqualTo(Span.of(0, 13)); // "ria ca" -> "[PERSON-1] ca"
    assertThat(MAP.widens(Span.of(2, 8))).isTrue();
    assertThat(MAP.map(Span.of(14, 15))).isEqualTo(Span.of(18, 28)); // inside "Tom"
  }

  @Property
  void spansClearOfEveryReplacementKeepTheirText(
      @ForAll @IntRange(max = 40) int a,
      @ForAll @IntRange(max = 40) int b,
      @ForAll @IntRange(min = 1, max = 6) int every) {
    String text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH";
    List<Edit> edits = new ArrayList<>();
    StringBuilder edited = new StringBuilder();
    int at = 0;
    for (int s = 1; s + 2 <= text.length(); s += every + 3) {
      edited.append(text, at, s).append("[X-").append(s).append(']');
      edits.add(new Edit(Span.of(s, s + 2), text.substring(s, s + 2), "[X-" + s + "]"));
      at = s + 2;
    }
    edited.append(text.substring(at));
    OffsetMap map = new OffsetMap(edits);
    Span span = Span.of(Math.min(a, b), Math.max(a, b) + 1); // codings are never empty
    Span mapped = map.map(span);
    String after = edited.substring(mapped.start(), mapped.end());
    boolean clear = edits.stream().noneMatch(e -> e.span().overlap(span) > 0);
    if (clear) {
      assertThat(after).isEqualTo(text.substring(span.start(), span.end()));
    } else {
      // Whatever it touched, the new span holds every replacement it overlapped, whole.
      edits.stream()
          .filter(e -> e.span().overlap(span) > 0)
          .forEach(e -> assertThat(after).contains(e.replacement()));
    }
  }
}
