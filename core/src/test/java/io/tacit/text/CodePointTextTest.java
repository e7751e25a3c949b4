package io.tacit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CodePointTextTest {
  @Test
  void countsCodePointsAsPythonDoes() {
    // "I 😀 you" is 7 code points in Python (len), 8 UTF-16 units in Java.
    CodePointText t = new CodePointText("I 😀 you");
    assertThat(t.length()).isEqualTo(7);
    assertThat(t.substring(Span.of(2, 3))).isEqualTo("😀");
    assertThat(t.substring(Span.of(4, 7))).isEqualTo("you");
    assertThat(t.toCharIndex(4)).isEqualTo(5);
    assertThat(t.toCodePointOffset(5)).isEqualTo(4);
  }

  @Test
  void refusesSpansPastTheEnd() {
    assertThatThrownBy(() -> new CodePointText("abc").substring(Span.of(1, 4)))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Property
  void offsetsRoundTrip(@ForAll String s) {
    CodePointText t = new CodePointText(s);
    for (int cp = 0; cp <= t.length(); cp++) {
      assertThat(t.toCodePointOffset(t.toCharIndex(cp))).isEqualTo(cp);
    }
    assertThat(t.substring(Span.of(0, t.length()))).isEqualTo(s);
  }
}
